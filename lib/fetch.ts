// Every query result is validated: a document that does not match its schema fails loudly here,
// naming the query and the path, instead of rendering undefined somewhere in a component.
/// <reference types="next/types/global" />
// (the reference above types the `next` fetch option that @sanity/client forwards to Next's fetch)
import type { ClientPerspective, QueryParams, SanityClient } from '@sanity/client'
import { stegaClean } from '@sanity/client/stega'
import type { z } from 'zod'
import type { Subject } from './cache-tags.ts'
import { LIVE_CACHE_TAG_PREFIX } from './live/live-tags.ts'

export class QueryResultError extends Error {
  readonly queryName: string
  readonly issues: z.core.$ZodIssue[]

  constructor(queryName: string, issues: z.core.$ZodIssue[]) {
    const first = issues[0]
    const where = first ? first.path.map(String).join('.') || '(root)' : '(root)'
    super(`Query "${queryName}" returned data that does not match its schema at ${where}: ${first?.message}`)
    this.name = 'QueryResultError'
    this.queryName = queryName
    this.issues = issues
  }
}

export interface TypedQuery<Schema extends z.ZodType> {
  name: string
  query: string
  schema: Schema
  /** Cache tags the result always carries: listings it ranges over (lib/cache-tags.ts). */
  tags?: readonly string[]
  /** The page's own document, tagged from the `slug` (or, for `doc`, the `id`) parameter. */
  subject?: Subject
}

/** How Next may cache a result: cache tags for on-demand revalidation, and a time-based fallback. */
export interface CacheOptions {
  tags?: string[]
  revalidate?: number | false
}

export async function fetchQuery<Schema extends z.ZodType>(
  client: SanityClient,
  typed: TypedQuery<Schema>,
  params: QueryParams = {},
  cache?: CacheOptions,
): Promise<z.output<Schema>> {
  // Outside Next (tests, scripts) the `next` option is ignored by fetch; inside Next it tags the data cache.
  // A failed request throws, so an ISR regeneration keeps serving the last good page instead of an empty one.
  const raw: unknown = cache
    ? await client.fetch(typed.query, params, {
        perspective: 'published',
        next: {
          tags: [...(cache.tags ?? []), ...(await liveCacheTags(client, typed.query, params))],
          revalidate: cache.revalidate,
        },
      })
    : await client.fetch(typed.query, params, { perspective: 'published' })
  const parsed = typed.schema.safeParse(raw)
  if (!parsed.success) throw new QueryResultError(typed.name, parsed.error.issues)
  return parsed.data
}

/**
 * A draft-mode read: the perspective Presentation previews, never cached (a draft must not land in the data
 * cache that public pages read from), stega as the client is configured. If invisible stega characters trip
 * the schema somewhere (an enum the stega filter missed), the page still renders, from the clean result.
 */
export async function fetchDraftQuery<Schema extends z.ZodType>(
  client: SanityClient,
  typed: TypedQuery<Schema>,
  params: QueryParams,
  perspective: ClientPerspective,
): Promise<z.output<Schema>> {
  const raw: unknown = await client.fetch(typed.query, params, { perspective, cache: 'no-store' })
  const parsed = typed.schema.safeParse(raw)
  if (parsed.success) return parsed.data
  const clean = typed.schema.safeParse(stegaClean(raw))
  if (!clean.success) throw new QueryResultError(typed.name, clean.error.issues)
  console.warn(`draft mode: query "${typed.name}" rendered without click-to-edit (stega failed its schema)`)
  return clean.data
}

/**
 * The result's sync tags as next-sanity's cache tags (`sanity:<syncTag>`), which `<SanityLive />` revalidates
 * when the Live Content API names them (lib/live/). Fetched uncached first, as next-sanity's `sanityFetch`
 * does; the site does not call `sanityFetch` itself because it pins `revalidate: false`, and the site keeps
 * its time-based fallback and its own tags for the webhook.
 */
async function liveCacheTags(client: SanityClient, query: string, params: QueryParams): Promise<string[]> {
  try {
    const { syncTags } = await client.fetch(query, params, {
      perspective: 'published',
      filterResponse: false,
      returnQuery: false,
    })
    return (syncTags ?? []).map((tag) => `${LIVE_CACHE_TAG_PREFIX}${tag}`)
  } catch {
    // The lake is unreachable: the tagged fetch that follows may still be answered from Next's data cache
    // (tags are not part of its key), so readers keep getting pages; only live refresh waits for the lake.
    return []
  }
}
