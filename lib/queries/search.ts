// Reader search: stories ranked by where the words appear (headline, film title, standfirst, body).

import { z } from 'zod'
import { SEARCH_TAG } from '../cache-tags.ts'
import { articleCardProjection, articleCardSchema, publishedStoryFilter } from './fragments.ts'

export const SEARCH_LIMIT = 30
const MAX_TERMS = 8

// Boosts: a headline hit outranks a film-title hit, which outranks a standfirst hit, then body text.
export const searchQuery = {
  name: 'search',
  tags: [SEARCH_TAG],
  query: /* groq */ `*[${publishedStoryFilter} && (
      headline match $terms ||
      standfirst match $terms ||
      film->title match $terms ||
      films[]->title match $terms ||
      pt::text(body) match $terms
    )]
    | score(
      boost(headline match $terms, 5),
      boost(film->title match $terms, 3),
      boost(films[]->title match $terms, 3),
      boost(standfirst match $terms, 2),
      pt::text(body) match $terms
    )
    | order(_score desc, publishedAt desc)[0...${SEARCH_LIMIT}]${articleCardProjection}`,
  schema: z.array(articleCardSchema),
}

/**
 * Turns what a reader typed into GROQ `match` patterns: words only (match treats punctuation as
 * separators anyway), each a prefix so "ballerin" finds "Ballerina". Empty when nothing searchable is left.
 */
export function searchTerms(input: string): string[] {
  const words = input
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
  return [...new Set(words)].slice(0, MAX_TERMS).map((word) => `${word}*`)
}
