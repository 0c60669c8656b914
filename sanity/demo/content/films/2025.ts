// Two 2025 horror films: 28 Years Later and Sinners.
import { type FilmLook, posterOf, stillOf } from '../looks.ts'
import type { Film } from '../model.ts'
import { id, ref, refs, slug } from '../refs.ts'
import { cast, mpa, release } from './film.ts'

export const twentyEightYearsLaterLook: FilmLook = {
  title: '28 Years Later',
  year: 2025,
  creditLine: 'A film by Danny Boyle',
  motif: 'shards',
  palette: { deep: '#0d1410', glow: '#e9f2c8', accent: '#b8261b', ink: '#f6f6ee' },
  scenes: ['forest', 'sea', 'desert'],
}

export const sinnersLook: FilmLook = {
  title: 'Sinners',
  year: 2025,
  creditLine: 'A film by Ryan Coogler',
  motif: 'moon',
  palette: { deep: '#100a06', glow: '#ffe2a8', accent: '#9a2d1a', ink: '#fff3dc' },
  scenes: ['interior', 'forest', 'road'],
}

export const twentyEightYearsLater: Film = {
  _id: id('film', '28-years-later'),
  _type: 'film',
  title: '28 Years Later',
  slug: slug('28-years-later'),
  releases: [release('UK', '2025-06-20'), release('US', '2025-06-20')],
  runtime: 115,
  certificates: [mpa('R')],
  directors: refs('person', ['danny-boyle']),
  writers: refs('person', ['alex-garland']),
  cast: cast([
    ['jodie-comer', 'Isla'],
    ['aaron-taylor-johnson', 'Jamie'],
    ['jack-oconnell', 'Jimmy Crystal'],
    ['alfie-williams', 'Spike'],
    ['ralph-fiennes', 'Dr Ian Kelson'],
  ]),
  distributor: 'Sony Pictures Releasing',
  franchise: ref('franchise', '28-days-later'),
  genres: ['Horror', 'Thriller'],
  poster: posterOf(
    twentyEightYearsLaterLook,
    'Poster illustration for 28 Years Later: jagged red and pale green shards scattered over a dark field',
  ),
  stills: [
    stillOf(
      twentyEightYearsLaterLook,
      0,
      'Figures at the edge of a dark pine forest under a sickly green sky',
      {
        hotspot: { x: 0.5, y: 0.7, height: 0.4, width: 0.5 },
      },
    ),
    stillOf(twentyEightYearsLaterLook, 1, 'A cold sea at dusk seen from a dark shoreline'),
  ],
  synopsis:
    'Almost three decades after the rage virus escaped a lab, Britain is quarantined from the world. On an island linked to the mainland by a tidal causeway, twelve-year-old Spike is taken across by his father for his first hunt, and comes back with questions that send him out again.',
}

export const sinners: Film = {
  _id: id('film', 'sinners'),
  _type: 'film',
  title: 'Sinners',
  slug: slug('sinners'),
  releases: [release('UK', '2025-04-18'), release('US', '2025-04-18')],
  runtime: 137,
  certificates: [mpa('R')],
  directors: refs('person', ['ryan-coogler']),
  writers: refs('person', ['ryan-coogler']),
  cast: cast([
    ['michael-b-jordan', 'Smoke / Stack'],
    ['hailee-steinfeld', 'Mary'],
    ['miles-caton', 'Sammie Moore'],
    ['jack-oconnell', 'Remmick'],
    ['wunmi-mosaku', 'Annie'],
    ['delroy-lindo', 'Delta Slim'],
  ]),
  distributor: 'Warner Bros. Pictures',
  genres: ['Horror', 'Period', 'Music'],
  poster: posterOf(
    sinnersLook,
    'Poster illustration for Sinners: a blood-tinted full moon rising over a black tree line',
  ),
  stills: [
    stillOf(sinnersLook, 0, 'Two silhouettes inside a wooden hall lit by tall amber windows'),
    stillOf(sinnersLook, 1, 'A dark forest under a low golden moon'),
  ],
  synopsis:
    'Mississippi, 1932. Twin brothers Smoke and Stack come home from Chicago with money and a plan to open a juke joint, and recruit their young cousin Sammie, a gifted blues guitarist. The music on opening night draws in more than paying customers.',
}
