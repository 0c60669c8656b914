// People from Denis Villeneuve's Dune films.
import type { Person } from '../model.ts'
import { person } from './person.ts'

export const dunePeople: Person[] = [
  person(
    'Denis Villeneuve',
    'Canadian director of Incendies, Sicario, Arrival and Blade Runner 2049, who spent the first half of the 2020s adapting Dune in two parts.',
    'Arrival',
  ),
  person(
    'Jon Spaihts',
    'American screenwriter of Prometheus and Passengers who co-wrote both Dune films.',
    'Prometheus',
  ),
  person(
    'Eric Roth',
    'American screenwriter who won an Oscar for Forrest Gump and co-wrote the first part of Dune.',
    'Forrest Gump',
  ),
  person(
    'Timothée Chalamet',
    'American actor who rose with Call Me by Your Name and Little Women, and plays Paul Atreides in Dune and Bob Dylan in A Complete Unknown.',
    'Call Me by Your Name',
  ),
  person(
    'Zendaya',
    'American actor and singer who won Emmys for Euphoria, plays MJ in the Spider-Man films and Chani in Dune.',
    'Euphoria',
  ),
  person(
    'Oscar Isaac',
    'Guatemalan-American actor of Inside Llewyn Davis and Ex Machina; Duke Leto in Dune.',
    'Inside Llewyn Davis',
  ),
  person(
    'Josh Brolin',
    'American actor of No Country for Old Men and Thanos in the Avengers films; Gurney Halleck in Dune.',
    'No Country for Old Men',
  ),
  person(
    'Stellan Skarsgård',
    'Swedish actor whose work stretches from Breaking the Waves to Chernobyl and Andor; Baron Harkonnen in Dune. Father of Bill Skarsgård.',
    'Breaking the Waves',
  ),
  person(
    'Jason Momoa',
    'American actor known for Aquaman and as Khal Drogo in Game of Thrones; Duncan Idaho in Dune.',
    'Aquaman',
  ),
  person(
    'Austin Butler',
    'American actor nominated for an Oscar for Elvis; the Harkonnen heir Feyd-Rautha in Dune: Part Two.',
    'Elvis',
  ),
  person(
    'Florence Pugh',
    'English actor of Lady Macbeth, Midsommar and Little Women; Princess Irulan in Dune: Part Two and Jean Tatlock in Oppenheimer.',
    'Midsommar',
  ),
  person(
    'Javier Bardem',
    'Spanish actor who won an Oscar for No Country for Old Men; the Fremen leader Stilgar in Dune.',
    'No Country for Old Men',
  ),
  person(
    'Christopher Walken',
    'American actor and Oscar winner for The Deer Hunter; the Emperor in Dune: Part Two.',
    'The Deer Hunter',
  ),
]
