import type { Person } from '../model.ts'
import { actionPeople } from './action.ts'
import { fictionalCrew } from './crew.ts'
import { dunePeople } from './dune.ts'

export const people: Person[] = [...actionPeople, ...dunePeople, ...fictionalCrew]
