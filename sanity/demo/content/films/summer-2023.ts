// Oppenheimer and Barbie, released on the same day in July 2023.
import { type FilmLook, posterOf, stillOf } from '../looks.ts'
import type { Film } from '../model.ts'
import { id, refs, slug } from '../refs.ts'
import { bbfc, cast, mpa, release } from './film.ts'

export const oppenheimerLook: FilmLook = {
  title: 'Oppenheimer',
  year: 2023,
  creditLine: 'A film by Christopher Nolan',
  motif: 'stripes',
  palette: { deep: '#0b0a09', glow: '#ffd27a', accent: '#e0682a', ink: '#fff8ea' },
  scenes: ['blast', 'desert', 'interior'],
}

export const barbieLook: FilmLook = {
  title: 'Barbie',
  year: 2023,
  creditLine: 'A film by Greta Gerwig',
  motif: 'waves',
  palette: { deep: '#4a0b36', glow: '#ffe3f1', accent: '#ff4fa3', ink: '#ffffff' },
  scenes: ['sea', 'interior', 'road'],
}

export const oppenheimer: Film = {
  _id: id('film', 'oppenheimer'),
  _type: 'film',
  title: 'Oppenheimer',
  slug: slug('oppenheimer'),
  releases: [release('UK', '2023-07-21'), release('US', '2023-07-21')],
  runtime: 180,
  certificates: [bbfc('15'), mpa('R')],
  directors: refs('person', ['christopher-nolan']),
  writers: refs('person', ['christopher-nolan']),
  cast: cast([
    ['cillian-murphy', 'J. Robert Oppenheimer'],
    ['emily-blunt', 'Kitty Oppenheimer'],
    ['matt-damon', 'Leslie Groves'],
    ['robert-downey-jr', 'Lewis Strauss'],
    ['florence-pugh', 'Jean Tatlock'],
  ]),
  distributor: 'Universal Pictures',
  genres: ['Biography', 'Drama', 'History'],
  poster: posterOf(
    oppenheimerLook,
    'Poster illustration for Oppenheimer: amber and orange vertical bars rising like flames against black',
  ),
  stills: [
    stillOf(oppenheimerLook, 0, 'A blinding white fireball ringed with light above a dark desert plain', {
      hotspot: { x: 0.5, y: 0.4, height: 0.5, width: 0.4 },
    }),
    stillOf(oppenheimerLook, 1, 'A lone figure on a flat desert at dawn under a pale sun'),
  ],
  synopsis:
    'The life of J. Robert Oppenheimer, from a restless student in Europe to director of the Los Alamos laboratory that built the first atomic bomb, and the security hearing that later turned his country against him.',
}

export const barbie: Film = {
  _id: id('film', 'barbie'),
  _type: 'film',
  title: 'Barbie',
  slug: slug('barbie'),
  releases: [release('UK', '2023-07-21'), release('US', '2023-07-21')],
  runtime: 114,
  certificates: [bbfc('12A'), mpa('PG-13')],
  directors: refs('person', ['greta-gerwig']),
  writers: refs('person', ['greta-gerwig', 'noah-baumbach']),
  cast: cast([
    ['margot-robbie', 'Barbie'],
    ['ryan-gosling', 'Ken'],
    ['america-ferrera', 'Gloria'],
    ['kate-mckinnon', 'Weird Barbie'],
  ]),
  distributor: 'Warner Bros. Pictures',
  genres: ['Comedy', 'Fantasy'],
  poster: posterOf(
    barbieLook,
    'Poster illustration for Barbie: rippling bands of hot pink and pale pink under a bright sun',
  ),
  stills: [
    stillOf(barbieLook, 0, 'A pink sea glittering under a low sun, two small figures on the shore'),
    stillOf(barbieLook, 1, 'A pastel room with three tall bright windows'),
  ],
  synopsis:
    'In Barbieland every day is perfect, until Barbie starts thinking about death. Her search for the cause takes her and a tag-along Ken into the real world, where she meets the people who play with her and Ken discovers an idea that he takes home with him.',
}
