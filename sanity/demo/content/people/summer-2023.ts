// People from Oppenheimer and Barbie, the two films released in UK and US cinemas on 21 July 2023.
import type { Person } from '../model.ts'
import { person } from './person.ts'

export const summer2023People: Person[] = [
  person(
    'Christopher Nolan',
    'British-American director of Memento, The Dark Knight trilogy, Inception, Dunkirk and Tenet. Oppenheimer won him the Oscars for best director and best picture.',
    'Inception',
  ),
  person(
    'Cillian Murphy',
    'Irish actor who starred in 28 Days Later and Peaky Blinders, and won the best actor Oscar as J. Robert Oppenheimer.',
    'Peaky Blinders',
  ),
  person(
    'Emily Blunt',
    'English actor of The Devil Wears Prada, Sicario and A Quiet Place; Kitty Oppenheimer in Oppenheimer.',
    'A Quiet Place',
  ),
  person(
    'Matt Damon',
    'American actor and Oscar-winning co-writer of Good Will Hunting; General Leslie Groves in Oppenheimer.',
    'The Bourne Identity',
  ),
  person(
    'Robert Downey Jr.',
    'American actor who played Iron Man for more than a decade and won the best supporting actor Oscar as Lewis Strauss in Oppenheimer.',
    'Iron Man',
  ),
  person(
    'Greta Gerwig',
    'American writer-director of Lady Bird and Little Women, and an actor in Frances Ha, which she co-wrote. Barbie was her third film as solo director.',
    'Lady Bird',
  ),
  person(
    'Noah Baumbach',
    'American writer-director of The Squid and the Whale and Marriage Story; co-writer of Barbie.',
    'Marriage Story',
  ),
  person(
    'Margot Robbie',
    'Australian actor and producer of I, Tonya and The Wolf of Wall Street, who played Barbie and produced the film.',
    'I, Tonya',
  ),
  person(
    'Ryan Gosling',
    'Canadian actor of Drive, La La Land and Blade Runner 2049; Ken in Barbie.',
    'La La Land',
  ),
  person(
    'America Ferrera',
    'American actor who starred in Ugly Betty and Superstore; Gloria in Barbie.',
    'Ugly Betty',
  ),
  person(
    'Kate McKinnon',
    'American comedian and actor, a Saturday Night Live regular; Weird Barbie in Barbie.',
    'Saturday Night Live',
  ),
]
