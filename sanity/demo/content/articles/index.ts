import type { Article } from '../model.ts'
import { ballerinaStuntInterview, johnWickRanked } from './john-wick.ts'

export const articles: Article[] = [johnWickRanked, ballerinaStuntInterview]
