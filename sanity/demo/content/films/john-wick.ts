// The John Wick films: Chapter 4 and the Ballerina spin-off.
import { type FilmLook, posterOf, stillOf } from '../looks.ts'
import type { Film } from '../model.ts'
import { id, ref, refs, slug } from '../refs.ts'
import { bbfc, cast, mpa, release } from './film.ts'

export const johnWick4Look: FilmLook = {
  title: 'John Wick',
  subtitle: 'Chapter 4',
  year: 2023,
  creditLine: 'A film by Chad Stahelski',
  motif: 'grid',
  palette: { deep: '#07091c', glow: '#7fe7ff', accent: '#3047e0', ink: '#f4f8ff' },
  scenes: ['city', 'desert', 'interior'],
}

export const ballerinaLook: FilmLook = {
  title: 'Ballerina',
  subtitle: 'From the world of John Wick',
  year: 2025,
  creditLine: 'A film by Len Wiseman',
  motif: 'arch',
  palette: { deep: '#0e0a19', glow: '#f7c6d6', accent: '#b3173f', ink: '#ffffff' },
  scenes: ['stage', 'forest', 'interior'],
}

export const johnWick4: Film = {
  _id: id('film', 'john-wick-chapter-4'),
  _type: 'film',
  title: 'John Wick: Chapter 4',
  slug: slug('john-wick-chapter-4'),
  releases: [release('UK', '2023-03-24'), release('US', '2023-03-24')],
  runtime: 169,
  certificates: [bbfc('15'), mpa('R')],
  directors: refs('person', ['chad-stahelski']),
  writers: refs('person', ['shay-hatten', 'michael-finch']),
  cast: cast([
    ['keanu-reeves', 'John Wick'],
    ['donnie-yen', 'Caine'],
    ['bill-skarsgard', 'Marquis Vincent de Gramont'],
    ['laurence-fishburne', 'Bowery King'],
    ['hiroyuki-sanada', 'Shimazu Koji'],
    ['lance-reddick', 'Charon'],
    ['ian-mcshane', 'Winston'],
  ]),
  distributor: 'Lionsgate',
  franchise: ref('franchise', 'john-wick'),
  genres: ['Action', 'Thriller', 'Crime'],
  poster: posterOf(
    johnWick4Look,
    'Poster illustration for John Wick: Chapter 4: a blue neon grid running to a glowing horizon behind dark towers, title in white capitals',
  ),
  stills: [
    stillOf(johnWick4Look, 0, 'Two silhouettes at the foot of a night skyline lit in electric blue'),
    stillOf(johnWick4Look, 1, 'A lone figure on desert dunes under a pale blue sun'),
  ],
  synopsis:
    'Excommunicated and hunted, John Wick looks for a way to win his freedom from the High Table. The answer is a formal duel with the Marquis de Gramont, the Table’s new enforcer, but getting to it means crossing Osaka, Berlin and Paris with old friends turned into obstacles.',
}

export const ballerina: Film = {
  _id: id('film', 'ballerina'),
  _type: 'film',
  title: 'Ballerina',
  alternativeTitles: ['From the World of John Wick: Ballerina'],
  slug: slug('ballerina'),
  releases: [release('UK', '2025-06-06'), release('US', '2025-06-06')],
  runtime: 125,
  certificates: [mpa('R')],
  directors: refs('person', ['len-wiseman']),
  writers: refs('person', ['shay-hatten']),
  cast: cast([
    ['ana-de-armas', 'Eve Macarro'],
    ['anjelica-huston', 'The Director'],
    ['gabriel-byrne', 'The Chancellor'],
    ['lance-reddick', 'Charon'],
    ['norman-reedus', 'Daniel Pine'],
    ['ian-mcshane', 'Winston'],
    ['keanu-reeves', 'John Wick'],
  ]),
  distributor: 'Lionsgate',
  franchise: ref('franchise', 'john-wick'),
  genres: ['Action', 'Thriller'],
  poster: posterOf(
    ballerinaLook,
    'Poster illustration for Ballerina: nested crimson and pale pink arches like a proscenium around a soft glow',
  ),
  stills: [
    stillOf(ballerinaLook, 0, 'Stage spotlights falling on a dancer’s silhouette in a dark theatre', {
      hotspot: { x: 0.45, y: 0.7, height: 0.4, width: 0.3 },
    }),
    stillOf(ballerinaLook, 1, 'Rows of dark pine trees on a snowy ridge under a pink sky'),
    stillOf(ballerinaLook, 2, 'A shadowy room with tall lit windows and a figure in silhouette'),
  ],
  synopsis:
    'Raised by the Ruska Roma after her father is murdered, Eve Macarro trains as both a ballerina and an assassin. When a job brings her close to the men who killed him, she goes after them against the orders of the Director, in a story that runs alongside John Wick: Chapter 3 – Parabellum.',
}
