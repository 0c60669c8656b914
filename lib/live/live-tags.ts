// next-sanity's convention for cache tags derived from sync tags: `sanity:` + the sync tag. `<SanityLive />`
// hands the tags of a live event to its action with this prefix; fetches carry them the same way.

export const LIVE_CACHE_TAG_PREFIX = 'sanity:'

/** The site's route that expires the tags a live event names (app/api/live/expire). */
export const LIVE_EXPIRE_PATH = '/api/live/expire'

/** Sync tags are `s1:` + a short base64url digest (the lake's and Sanity's). */
const LIVE_CACHE_TAG = /^sanity:s1:[A-Za-z0-9_-]{1,64}$/

/** One live event names at most this many tags; more is not a live event. */
export const MAX_LIVE_TAGS = 500

/** The tags of a live event, validated: the expiry route is callable by anyone, so nothing else gets through. */
export function liveCacheTagsFrom(input: unknown): string[] {
  if (!Array.isArray(input) || input.length === 0 || input.length > MAX_LIVE_TAGS) return []
  const tags = input.filter((tag): tag is string => typeof tag === 'string' && LIVE_CACHE_TAG.test(tag))
  return tags.length === input.length ? [...new Set(tags)] : []
}
