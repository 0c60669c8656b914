import type { Review } from '../model.ts'
import { ballerinaReview } from './ballerina.ts'
import { dunePartTwoReview, duneReview } from './dune.ts'
import { johnWick4Review } from './john-wick-4.ts'

export const reviews: Review[] = [ballerinaReview, johnWick4Review, dunePartTwoReview, duneReview]
