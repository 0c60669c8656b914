// Denis Villeneuve's Dune, parts one and two.
import { type FilmLook, posterOf, stillOf } from '../looks.ts'
import type { Film } from '../model.ts'
import { id, ref, refs, slug } from '../refs.ts'
import { bbfc, cast, mpa, release } from './film.ts'

export const duneLook: FilmLook = {
  title: 'Dune',
  subtitle: 'Part One',
  year: 2021,
  creditLine: 'A film by Denis Villeneuve',
  motif: 'rings',
  palette: { deep: '#1a1512', glow: '#f2d3a2', accent: '#9a6b3f', ink: '#fbf3e6' },
  scenes: ['desert', 'interior', 'sea'],
}

export const dune2Look: FilmLook = {
  title: 'Dune',
  subtitle: 'Part Two',
  year: 2024,
  creditLine: 'A film by Denis Villeneuve',
  motif: 'sun',
  palette: { deep: '#1f0e14', glow: '#ffd08a', accent: '#d0562a', ink: '#fff4e4' },
  scenes: ['desert', 'blast', 'desert'],
}

export const dune: Film = {
  _id: id('film', 'dune'),
  _type: 'film',
  title: 'Dune',
  alternativeTitles: ['Dune: Part One'],
  slug: slug('dune'),
  releases: [
    release('UK', '2021-10-21'),
    release('US', '2021-10-22'),
    release('US', '2021-10-22', 'streaming', 'HBO Max'),
  ],
  runtime: 155,
  certificates: [bbfc('12A'), mpa('PG-13')],
  directors: refs('person', ['denis-villeneuve']),
  writers: refs('person', ['jon-spaihts', 'denis-villeneuve', 'eric-roth']),
  cast: cast([
    ['timothee-chalamet', 'Paul Atreides'],
    ['rebecca-ferguson', 'Lady Jessica'],
    ['oscar-isaac', 'Duke Leto Atreides'],
    ['josh-brolin', 'Gurney Halleck'],
    ['stellan-skarsgard', 'Baron Vladimir Harkonnen'],
    ['zendaya', 'Chani'],
    ['jason-momoa', 'Duncan Idaho'],
    ['javier-bardem', 'Stilgar'],
  ]),
  distributor: 'Warner Bros. Pictures',
  franchise: ref('franchise', 'dune'),
  genres: ['Science fiction', 'Adventure', 'Adaptation'],
  poster: posterOf(
    duneLook,
    'Poster illustration for Dune: concentric sand-coloured rings around a pale sun',
  ),
  stills: [
    stillOf(duneLook, 0, 'Figures crossing ochre dunes beneath a huge hazy sun'),
    stillOf(duneLook, 1, 'A vast dim hall with tall windows of white light'),
  ],
  synopsis:
    'Duke Leto Atreides is handed the desert planet Arrakis, the only source of the spice that makes space travel possible, and knows it is a trap. His son Paul, troubled by dreams of the desert and a young Fremen woman, must survive the betrayal that follows with his mother, Jessica.',
}

export const dunePartTwo: Film = {
  _id: id('film', 'dune-part-two'),
  _type: 'film',
  title: 'Dune: Part Two',
  slug: slug('dune-part-two'),
  releases: [release('UK', '2024-03-01'), release('US', '2024-03-01')],
  runtime: 166,
  certificates: [bbfc('12A'), mpa('PG-13')],
  directors: refs('person', ['denis-villeneuve']),
  writers: refs('person', ['denis-villeneuve', 'jon-spaihts']),
  cast: cast([
    ['timothee-chalamet', 'Paul Atreides'],
    ['zendaya', 'Chani'],
    ['rebecca-ferguson', 'Lady Jessica'],
    ['josh-brolin', 'Gurney Halleck'],
    ['austin-butler', 'Feyd-Rautha Harkonnen'],
    ['florence-pugh', 'Princess Irulan'],
    ['javier-bardem', 'Stilgar'],
    ['christopher-walken', 'Emperor Shaddam IV'],
  ]),
  distributor: 'Warner Bros. Pictures',
  franchise: ref('franchise', 'dune'),
  genres: ['Science fiction', 'Adventure', 'Adaptation'],
  poster: posterOf(
    dune2Look,
    'Poster illustration for Dune: Part Two: a striped setting sun sinking behind rust-red dunes',
  ),
  stills: [
    stillOf(dune2Look, 0, 'Silhouettes on a ridge of red dunes as a sun sets in a burnt-orange sky', {
      hotspot: { x: 0.5, y: 0.62, height: 0.5, width: 0.5 },
    }),
    stillOf(dune2Look, 1, 'A blinding white disc over a dark plain, ringed with light'),
  ],
  synopsis:
    'Paul Atreides lives among the Fremen, learning their ways and falling for Chani, while his mother pushes a prophecy that casts him as their messiah. As the Harkonnens tighten their grip on Arrakis, Paul has to decide whether to become the leader the prophecy wants.',
}
