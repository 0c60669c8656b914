import type { Film } from '../model.ts'
import { sinners, twentyEightYearsLater } from './2025.ts'
import { dune, dunePartTwo } from './dune.ts'
import { anora, pastLives } from './independent.ts'
import { ballerina, johnWick4 } from './john-wick.ts'
import { deadReckoning, finalReckoning } from './mission-impossible.ts'
import { barbie, oppenheimer } from './summer-2023.ts'

export const films: Film[] = [
  johnWick4,
  ballerina,
  deadReckoning,
  finalReckoning,
  dune,
  dunePartTwo,
  oppenheimer,
  barbie,
  twentyEightYearsLater,
  sinners,
  pastLives,
  anora,
]
