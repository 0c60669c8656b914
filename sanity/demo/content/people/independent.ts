// People from Past Lives and Anora.
import type { Person } from '../model.ts'
import { person } from './person.ts'

export const independentPeople: Person[] = [
  person(
    'Celine Song',
    'Korean-Canadian playwright whose first feature, Past Lives, was nominated for the Oscars for best picture and original screenplay.',
    'Past Lives',
  ),
  person(
    'Greta Lee',
    'American actor of Russian Doll and The Morning Show; Nora in Past Lives.',
    'Russian Doll',
  ),
  person('Teo Yoo', 'Korean-German actor who plays Hae Sung in Past Lives.', 'Leto'),
  person('John Magaro', 'American actor of First Cow; Arthur in Past Lives.', 'First Cow'),
  person(
    'Sean Baker',
    'American independent filmmaker of Tangerine, The Florida Project and Red Rocket. Anora won him the Palme d’Or and four Oscars in one night.',
    'The Florida Project',
  ),
  person(
    'Mikey Madison',
    'American actor seen in Once Upon a Time in Hollywood and Scream; she won the best actress Oscar for Anora.',
    'Anora',
  ),
  person('Mark Eydelshteyn', 'Russian actor who plays Vanya, the oligarch’s son, in Anora.'),
  person(
    'Yura Borisov',
    'Russian actor of Compartment No. 6, Oscar-nominated for his role as Igor in Anora.',
    'Compartment No. 6',
  ),
  person(
    'Karren Karagulian',
    'Armenian-American actor and a regular in Sean Baker’s films; Toros in Anora.',
    'Tangerine',
  ),
]
