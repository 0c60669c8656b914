import type { Person } from '../model.ts'
import { horror2025People } from './2025.ts'
import { actionPeople } from './action.ts'
import { fictionalCrew } from './crew.ts'
import { dunePeople } from './dune.ts'
import { independentPeople } from './independent.ts'
import { summer2023People } from './summer-2023.ts'

export const people: Person[] = [
  ...actionPeople,
  ...dunePeople,
  ...summer2023People,
  ...horror2025People,
  ...independentPeople,
  ...fictionalCrew,
]
