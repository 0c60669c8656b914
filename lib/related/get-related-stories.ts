// The related stories of one story: editor pins first, then the best-scored published stories, then
// the latest ones, so a page always has something to show when the magazine has enough stories.
import type { SanityClient } from '@sanity/client'
import { fetchQuery } from '../fetch.ts'
import type { ArticleCard } from '../queries/fragments.ts'
import { relatedStories } from './query.ts'
import {
  DEFAULT_RELATED_LIMIT,
  MAX_RELATED_LIMIT,
  RELATED_WEIGHTS,
  type RelatedWeights,
  weightParams,
} from './weights.ts'

export interface RelatedStoriesOptions {
  /** The published `_id` of the story being read. */
  id: string
  /** How many stories, 1 to 6; 4 by default. */
  limit?: number
  /** Other weights, for experiments and tests; RELATED_WEIGHTS by default. */
  weights?: RelatedWeights
}

export function clampRelatedLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_RELATED_LIMIT
  return Math.min(MAX_RELATED_LIMIT, Math.max(1, Math.floor(limit)))
}

/** The query parameters: story id, clamped limit and the weights. For `loadQuery(relatedStories, ...)`. */
export function relatedStoriesParams({ id, limit, weights = RELATED_WEIGHTS }: RelatedStoriesOptions) {
  return { id, limit: clampRelatedLimit(limit), ...weightParams(weights) }
}

export async function getRelatedStories(
  client: SanityClient,
  options: RelatedStoriesOptions,
): Promise<ArticleCard[]> {
  return fetchQuery(client, relatedStories, relatedStoriesParams(options))
}
