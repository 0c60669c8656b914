import type { Review } from '../model.ts'
import { ballerinaReview } from './ballerina.ts'
import { dunePartTwoReview, duneReview } from './dune.ts'
import { sinnersReview, twentyEightYearsLaterReview } from './horror-2025.ts'
import { anoraReview, pastLivesReview } from './independent.ts'
import { johnWick4Review } from './john-wick-4.ts'
import { deadReckoningReview, finalReckoningReview } from './mission-impossible.ts'
import { barbieReview, oppenheimerReview } from './summer-2023.ts'

export const reviews: Review[] = [
  ballerinaReview,
  johnWick4Review,
  deadReckoningReview,
  finalReckoningReview,
  duneReview,
  dunePartTwoReview,
  oppenheimerReview,
  barbieReview,
  twentyEightYearsLaterReview,
  sinnersReview,
  pastLivesReview,
  anoraReview,
]
