// Fictional crew members we interview. They are invented for the demo magazine (and say so), because
// we never put words in the mouths of real people.
import type { Person } from '../model.ts'
import { person } from './person.ts'

export const fictionalCrew: Person[] = [
  person(
    'Maren Castellane',
    'Maren Castellane is a fictional stunt coordinator invented for the Marquee demo magazine. In her made-up career she trained in ballet before moving into stunt work and fight design for European action films.',
    'Fictional stunt coordinator',
  ),
  person(
    'Teodor Varga',
    'Teodor Varga is a fictional cinematographer invented for the Marquee demo magazine. His imaginary credits include documentaries shot on 16mm and a large-format feature that never existed.',
    'Fictional cinematographer',
  ),
]
