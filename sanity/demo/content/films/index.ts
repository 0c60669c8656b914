import type { Film } from '../model.ts'
import { dune, dunePartTwo } from './dune.ts'
import { ballerina, johnWick4 } from './john-wick.ts'

export const films: Film[] = [johnWick4, ballerina, dune, dunePartTwo]
