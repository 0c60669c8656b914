// People from 28 Years Later and Sinners, two 2025 horror films that share Jack O'Connell.
import type { Person } from '../model.ts'
import { person } from './person.ts'

export const horror2025People: Person[] = [
  person(
    'Danny Boyle',
    'English director of Shallow Grave, Trainspotting, 28 Days Later and Slumdog Millionaire, which won him an Oscar; he also staged the London 2012 Olympic opening ceremony.',
    'Trainspotting',
  ),
  person(
    'Alex Garland',
    'English novelist and filmmaker who wrote 28 Days Later and Sunshine, then directed Ex Machina, Annihilation and Civil War.',
    'Ex Machina',
  ),
  person(
    'Jodie Comer',
    'English actor who won an Emmy as Villanelle in Killing Eve; Isla in 28 Years Later.',
    'Killing Eve',
  ),
  person(
    'Aaron Taylor-Johnson',
    'English actor of Kick-Ass, Nocturnal Animals and Bullet Train; Jamie in 28 Years Later.',
    'Kick-Ass',
  ),
  person(
    'Ralph Fiennes',
    "English actor of Schindler's List, The English Patient, The Grand Budapest Hotel and Conclave; Dr Kelson in 28 Years Later.",
    "Schindler's List",
  ),
  person('Alfie Williams', 'Young English actor who plays Spike, the boy at the centre of 28 Years Later.'),
  person(
    "Jack O'Connell",
    'English actor who broke through in Skins and Starred Up; in 2025 he played the vampire Remmick in Sinners and Sir Jimmy Crystal in 28 Years Later.',
    'Starred Up',
  ),
  person(
    'Ryan Coogler',
    'American writer-director of Fruitvale Station, Creed, Black Panther and Black Panther: Wakanda Forever, and of the 2025 period horror Sinners.',
    'Black Panther',
  ),
  person(
    'Michael B. Jordan',
    'American actor who has worked with Ryan Coogler since Fruitvale Station; he plays the twins Smoke and Stack in Sinners.',
    'Creed',
  ),
  person(
    'Hailee Steinfeld',
    'American actor and singer nominated for an Oscar for True Grit; Mary in Sinners.',
    'True Grit',
  ),
  person('Miles Caton', 'American singer who made his screen debut as the young bluesman Sammie in Sinners.'),
  person('Wunmi Mosaku', 'British-Nigerian actor of His House and Loki; Annie in Sinners.', 'His House'),
  person(
    'Delroy Lindo',
    'British-American actor of Malcolm X, Get Shorty and Da 5 Bloods; Delta Slim in Sinners.',
    'Da 5 Bloods',
  ),
]
