// Past Lives and Anora: two independent films that went all the way to the Oscars.
import { type FilmLook, posterOf, stillOf } from '../looks.ts'
import type { Film } from '../model.ts'
import { id, refs, slug } from '../refs.ts'
import { bbfc, cast, mpa, release } from './film.ts'

export const pastLivesLook: FilmLook = {
  title: 'Past Lives',
  year: 2023,
  creditLine: 'A film by Celine Song',
  motif: 'pair',
  palette: { deep: '#1c2433', glow: '#f5e6c8', accent: '#5b8fb9', ink: '#fdf8ee' },
  scenes: ['city', 'sea', 'interior'],
}

export const anoraLook: FilmLook = {
  title: 'Anora',
  year: 2024,
  creditLine: 'A film by Sean Baker',
  motif: 'neon',
  palette: { deep: '#160a26', glow: '#ffd1f2', accent: '#8a3dff', ink: '#ffffff' },
  scenes: ['road', 'interior', 'sea'],
}

export const pastLives: Film = {
  _id: id('film', 'past-lives'),
  _type: 'film',
  title: 'Past Lives',
  slug: slug('past-lives'),
  releases: [release('US', '2023-06-02'), release('UK', '2023-09-08')],
  runtime: 106,
  certificates: [bbfc('12A'), mpa('PG-13')],
  directors: refs('person', ['celine-song']),
  writers: refs('person', ['celine-song']),
  cast: cast([
    ['greta-lee', 'Nora Moon'],
    ['teo-yoo', 'Hae Sung'],
    ['john-magaro', 'Arthur'],
  ]),
  distributor: 'A24',
  genres: ['Romance', 'Drama'],
  poster: posterOf(
    pastLivesLook,
    'Poster illustration for Past Lives: two overlapping circles, one blue and one cream, above a thin horizon',
  ),
  stills: [
    stillOf(pastLivesLook, 0, 'Two figures in front of a city skyline at blue hour'),
    stillOf(pastLivesLook, 1, 'A calm sea at dusk with a path of light on the water'),
  ],
  synopsis:
    'Na Young and Hae Sung are inseparable classmates in Seoul until her family emigrates. Twelve years later, as Nora in New York, she finds him online; twelve years after that, he visits her and meets her husband, and all three have to decide what the past is owed.',
}

export const anora: Film = {
  _id: id('film', 'anora'),
  _type: 'film',
  title: 'Anora',
  slug: slug('anora'),
  releases: [release('US', '2024-10-18'), release('UK', '2024-11-01')],
  runtime: 139,
  certificates: [bbfc('18'), mpa('R')],
  directors: refs('person', ['sean-baker']),
  writers: refs('person', ['sean-baker']),
  cast: cast([
    ['mikey-madison', 'Anora “Ani” Mikheeva'],
    ['mark-eydelshteyn', 'Ivan “Vanya” Zakharov'],
    ['yura-borisov', 'Igor'],
    ['karren-karagulian', 'Toros'],
  ]),
  distributor: 'Neon',
  genres: ['Comedy', 'Drama', 'Romance'],
  poster: posterOf(
    anoraLook,
    'Poster illustration for Anora: violet and pink neon tubes glowing in a dark frame',
  ),
  stills: [
    stillOf(anoraLook, 0, 'Tail lights on a road vanishing into a violet night'),
    stillOf(anoraLook, 1, 'A dim room with three glowing windows and a figure in silhouette'),
  ],
  synopsis:
    'Ani, a dancer at a New York club, marries Vanya, the wayward son of a Russian oligarch, after a whirlwind week in Las Vegas. When his parents hear, they send their fixers to have the marriage undone, and a very long night begins.',
}
