// The last two Mission: Impossible films.
import { type FilmLook, posterOf, stillOf } from '../looks.ts'
import type { Film } from '../model.ts'
import { id, ref, refs, slug } from '../refs.ts'
import { bbfc, cast, mpa, release } from './film.ts'

export const deadReckoningLook: FilmLook = {
  title: 'Mission: Impossible',
  subtitle: 'Dead Reckoning Part One',
  year: 2023,
  creditLine: 'A film by Christopher McQuarrie',
  motif: 'diagonal',
  palette: { deep: '#140707', glow: '#ffb650', accent: '#c8102e', ink: '#ffffff' },
  scenes: ['road', 'sea', 'city'],
}

export const finalReckoningLook: FilmLook = {
  title: 'Mission: Impossible',
  subtitle: 'The Final Reckoning',
  year: 2025,
  creditLine: 'A film by Christopher McQuarrie',
  motif: 'rings',
  palette: { deep: '#04111d', glow: '#a6dcff', accent: '#d63a2f', ink: '#f2f8ff' },
  scenes: ['sea', 'interior', 'desert'],
}

export const deadReckoning: Film = {
  _id: id('film', 'mission-impossible-dead-reckoning-part-one'),
  _type: 'film',
  title: 'Mission: Impossible – Dead Reckoning Part One',
  alternativeTitles: ['Mission: Impossible 7', 'Dead Reckoning'],
  slug: slug('mission-impossible-dead-reckoning-part-one'),
  releases: [release('UK', '2023-07-10'), release('US', '2023-07-12')],
  runtime: 163,
  certificates: [bbfc('12A'), mpa('PG-13')],
  directors: refs('person', ['christopher-mcquarrie']),
  writers: refs('person', ['christopher-mcquarrie', 'erik-jendresen']),
  cast: cast([
    ['tom-cruise', 'Ethan Hunt'],
    ['hayley-atwell', 'Grace'],
    ['ving-rhames', 'Luther Stickell'],
    ['simon-pegg', 'Benji Dunn'],
    ['rebecca-ferguson', 'Ilsa Faust'],
    ['vanessa-kirby', 'Alanna Mitsopolis'],
    ['esai-morales', 'Gabriel'],
    ['pom-klementieff', 'Paris'],
  ]),
  distributor: 'Paramount Pictures',
  franchise: ref('franchise', 'mission-impossible'),
  genres: ['Action', 'Spy', 'Thriller'],
  poster: posterOf(
    deadReckoningLook,
    'Poster illustration for Mission: Impossible – Dead Reckoning Part One: red and amber diagonal bands streaking across a dark field',
  ),
  stills: [
    stillOf(deadReckoningLook, 0, 'A road running to a red horizon at dusk, two figures beside it'),
    stillOf(deadReckoningLook, 1, 'A low amber sun over a dark sea streaked with light'),
  ],
  synopsis:
    'A rogue artificial intelligence known as the Entity has slipped out of its makers’ control, and the key that might command it is split in two. Ethan Hunt and his team race a thief named Grace, an old enemy called Gabriel and most of the world’s intelligence services from Abu Dhabi to Rome, Venice and a train crossing the Alps.',
}

export const finalReckoning: Film = {
  _id: id('film', 'mission-impossible-the-final-reckoning'),
  _type: 'film',
  title: 'Mission: Impossible – The Final Reckoning',
  alternativeTitles: ['Mission: Impossible – Dead Reckoning Part Two', 'Mission: Impossible 8'],
  slug: slug('mission-impossible-the-final-reckoning'),
  releases: [release('UK', '2025-05-21'), release('US', '2025-05-23')],
  runtime: 169,
  certificates: [bbfc('12A'), mpa('PG-13')],
  directors: refs('person', ['christopher-mcquarrie']),
  writers: refs('person', ['christopher-mcquarrie', 'erik-jendresen']),
  cast: cast([
    ['tom-cruise', 'Ethan Hunt'],
    ['hayley-atwell', 'Grace'],
    ['ving-rhames', 'Luther Stickell'],
    ['simon-pegg', 'Benji Dunn'],
    ['esai-morales', 'Gabriel'],
    ['pom-klementieff', 'Paris'],
    ['henry-czerny', 'Eugene Kittridge'],
    ['angela-bassett', 'Erika Sloane'],
  ]),
  distributor: 'Paramount Pictures',
  franchise: ref('franchise', 'mission-impossible'),
  genres: ['Action', 'Spy', 'Thriller'],
  poster: posterOf(
    finalReckoningLook,
    'Poster illustration for Mission: Impossible – The Final Reckoning: sonar-like rings in ice blue and red on deep navy',
  ),
  stills: [
    stillOf(finalReckoningLook, 0, 'A pale sun low over a cold blue sea, a dark headland in the foreground'),
    stillOf(finalReckoningLook, 1, 'A dim control room with three tall panels of cold light'),
  ],
  synopsis:
    'With the Entity tightening its hold on the world’s networks and nuclear arsenals, Ethan Hunt has one chance to stop it, and it starts at the bottom of the sea. The series’ eighth film brings back faces from its first and asks what all those missions have cost.',
}
