// Every document of the demo magazine, in the order they are written to data.ndjson.
import { articles } from './articles/index.ts'
import { authors } from './authors.ts'
import { films } from './films/index.ts'
import type { DemoDocument } from './model.ts'
import { people } from './people/index.ts'
import { reviews } from './reviews/index.ts'
import { siteSettings } from './settings.ts'
import { franchises, sections, tags } from './taxonomy.ts'

export const demoDocuments: readonly DemoDocument[] = [
  siteSettings,
  ...sections,
  ...tags,
  ...franchises,
  ...authors,
  ...people,
  ...films,
  ...reviews,
  ...articles,
]
