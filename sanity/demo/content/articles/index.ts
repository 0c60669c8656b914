import type { Article } from '../model.ts'
import { barbenheimerFeature, jackOConnellFeature, rebeccaFergusonFeature } from './features.ts'
import { largeFormatInterview } from './interviews.ts'
import { ballerinaStuntInterview, johnWickRanked } from './john-wick.ts'
import { anoraOscarsNews, ballerinaReleaseNews, finalReckoningReleaseNews } from './news.ts'

export const articles: Article[] = [
  johnWickRanked,
  ballerinaStuntInterview,
  ballerinaReleaseNews,
  finalReckoningReleaseNews,
  anoraOscarsNews,
  rebeccaFergusonFeature,
  barbenheimerFeature,
  jackOConnellFeature,
  largeFormatInterview,
]
