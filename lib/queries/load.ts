// How pages read content: the site's client, result validation (lib/fetch.ts) and Next's cache tags.
import type { QueryParams, SanityClient } from '@sanity/client'
import type { z } from 'zod'
import { FEED_TAG, REVALIDATE_FALLBACK_SECONDS, SITEMAP_TAG, subjectTag } from '../cache-tags.ts'
import { createSanityClient } from '../client.ts'
import { draftClient } from '../draft/draft-client.ts'
import { draftPerspective, isDraftMode } from '../draft/draft-mode.ts'
import { getEnv } from '../env.ts'
import { fetchDraftQuery, fetchQuery, type TypedQuery } from '../fetch.ts'

let client: SanityClient | undefined

function siteClient(): SanityClient {
  client ??= createSanityClient(getEnv())
  return client
}

/** Read by machines and caches, not by the editor: published even in draft mode. */
const PUBLISHED_ONLY_TAGS: ReadonlySet<string> = new Set([FEED_TAG, SITEMAP_TAG])

/**
 * Fetches through Next's data cache, tagged per lib/cache-tags.ts; the time-based refresh is only a safety net.
 * In draft mode (lib/draft/) pages read drafts with the server-only preview token instead, uncached; the feed
 * and the sitemap never do.
 */
export async function loadQuery<Schema extends z.ZodType>(
  query: TypedQuery<Schema>,
  params: QueryParams = {},
): Promise<z.output<Schema>> {
  if (!query.tags?.some((tag) => PUBLISHED_ONLY_TAGS.has(tag)) && (await isDraftMode())) {
    const draft = draftClient()
    if (draft) return fetchDraftQuery(draft, query, params, await draftPerspective())
  }
  const subject = subjectTag(query.subject, params)
  return fetchQuery(siteClient(), query, params, {
    tags: [...(query.tags ?? []), ...(subject ? [subject] : [])],
    revalidate: REVALIDATE_FALLBACK_SECONDS,
  })
}
