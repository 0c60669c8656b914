// People from the John Wick and Mission: Impossible films.
import type { Person } from '../model.ts'
import { person } from './person.ts'

export const actionPeople: Person[] = [
  person(
    'Keanu Reeves',
    'Canadian actor whose career runs from Point Break and Speed to The Matrix. Since 2014 he has played John Wick, doing much of the fighting, driving and shooting himself.',
    'John Wick',
  ),
  person(
    'Donnie Yen',
    'Hong Kong martial artist, action director and star of the Ip Man films, also seen in Rogue One. Plays the blind assassin Caine in John Wick: Chapter 4.',
    'Ip Man',
  ),
  person(
    'Bill Skarsgård',
    'Swedish actor best known as Pennywise in It (2017) and its sequel. Son of Stellan Skarsgård.',
    'It',
  ),
  person(
    'Laurence Fishburne',
    'American actor and Morpheus in The Matrix, reunited with Keanu Reeves as the Bowery King in the John Wick films.',
    'The Matrix',
  ),
  person(
    'Hiroyuki Sanada',
    'Japanese actor and martial artist with a long career in Japan and Hollywood, later the star and a producer of the series Shōgun.',
    'Shōgun',
  ),
  person(
    'Lance Reddick',
    'American actor remembered for The Wire and Fringe, and as Charon, the Continental’s concierge, across the John Wick films. He died in March 2023.',
    'The Wire',
  ),
  person(
    'Ian McShane',
    'English actor, star of Lovejoy and Deadwood, and Winston, manager of the New York Continental, in every John Wick film.',
    'Deadwood',
  ),
  person(
    'Chad Stahelski',
    'Former stunt performer who doubled Keanu Reeves on The Matrix before directing all four John Wick films.',
  ),
  person(
    'Shay Hatten',
    'American screenwriter who co-wrote the third and fourth John Wick films and wrote Ballerina.',
  ),
  person('Michael Finch', 'American screenwriter who co-wrote John Wick: Chapter 4.'),
  person(
    'Ana de Armas',
    'Cuban-Spanish actor whose English-language work includes Knives Out, Blade Runner 2049, No Time to Die and Blonde, which brought her an Oscar nomination.',
    'Knives Out',
  ),
  person(
    'Anjelica Huston',
    'American actor and Oscar winner for Prizzi’s Honor; she first played the Ruska Roma’s Director in John Wick: Chapter 3 – Parabellum.',
    'The Addams Family',
  ),
  person(
    'Gabriel Byrne',
    'Irish actor whose films include Miller’s Crossing and The Usual Suspects.',
    'The Usual Suspects',
  ),
  person(
    'Norman Reedus',
    'American actor best known as Daryl Dixon in The Walking Dead.',
    'The Walking Dead',
  ),
  person(
    'Len Wiseman',
    'American director of Underworld and Live Free or Die Hard, and of Ballerina.',
    'Underworld',
  ),
  person(
    'Tom Cruise',
    'American actor and producer who has played Ethan Hunt since the first Mission: Impossible in 1996, and whose Top Gun: Maverick was one of the biggest hits of 2022.',
    'Mission: Impossible',
  ),
  person(
    'Hayley Atwell',
    'British actor known as Peggy Carter in the Marvel films and series, and as the thief Grace in the last two Mission: Impossible films.',
    'Captain America: The First Avenger',
  ),
  person(
    'Ving Rhames',
    'American actor who has played hacker Luther Stickell in every Mission: Impossible film, and Marsellus Wallace in Pulp Fiction.',
    'Pulp Fiction',
  ),
  person(
    'Simon Pegg',
    'English actor and writer of Spaced and Shaun of the Dead; Benji Dunn in the Mission: Impossible films since the third.',
    'Shaun of the Dead',
  ),
  person(
    'Rebecca Ferguson',
    'Swedish actor who broke out as Ilsa Faust in Mission: Impossible – Rogue Nation and plays Lady Jessica in Denis Villeneuve’s Dune films; she also leads the series Silo.',
    'Dune',
  ),
  person(
    'Vanessa Kirby',
    'English actor who played Princess Margaret in The Crown and the White Widow in the Mission: Impossible films.',
    'The Crown',
  ),
  person(
    'Esai Morales',
    'American actor who plays Gabriel, the villain of the last two Mission: Impossible films.',
    'La Bamba',
  ),
  person(
    'Pom Klementieff',
    'French actor known as Mantis in the Guardians of the Galaxy films and as the assassin Paris in Mission: Impossible.',
    'Guardians of the Galaxy Vol. 2',
  ),
  person(
    'Henry Czerny',
    'Canadian actor who played IMF director Eugene Kittridge in the first Mission: Impossible and returned to the role 27 years later.',
    'Mission: Impossible',
  ),
  person(
    'Angela Bassett',
    'American actor of What’s Love Got to Do with It and Black Panther; Erika Sloane in the later Mission: Impossible films.',
    'Black Panther',
  ),
  person(
    'Christopher McQuarrie',
    'Writer of The Usual Suspects, which won him an Oscar, and director of every Mission: Impossible film since Rogue Nation.',
    'The Usual Suspects',
  ),
  person(
    'Erik Jendresen',
    'American screenwriter who co-wrote the last two Mission: Impossible films; earlier a writer on Band of Brothers.',
  ),
]
