// How pages read content: the site's client, result validation (lib/fetch.ts) and Next's cache tags.
import type { QueryParams, SanityClient } from '@sanity/client'
import type { z } from 'zod'
import { createSanityClient } from '../client.ts'
import { getEnv } from '../env.ts'
import { fetchQuery, type TypedQuery } from '../fetch.ts'

/** Seconds before a cached page is refreshed in the background when no webhook has revalidated it. */
export const REVALIDATE_SECONDS = 60

let client: SanityClient | undefined

function siteClient(): SanityClient {
  client ??= createSanityClient(getEnv())
  return client
}

/** Cache tag for every document of a type: the revalidate webhook invalidates `sanity:<_type>`. */
export const typeTag = (type: string): string => `sanity:${type}`

export function loadQuery<Schema extends z.ZodType>(
  query: TypedQuery<Schema>,
  params: QueryParams = {},
): Promise<z.output<Schema>> {
  return fetchQuery(siteClient(), query, params, {
    tags: ['sanity', ...(query.tags ?? []).map(typeTag)],
    revalidate: REVALIDATE_SECONDS,
  })
}
