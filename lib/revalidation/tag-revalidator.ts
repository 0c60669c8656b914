// The one place the site calls Next's revalidateTag, so the webhook route can run outside Next (tests hand
// in their own revalidator through setTagRevalidator; nothing else should).
import { revalidateTag } from 'next/cache'
import { after } from 'next/server'

export type TagRevalidator = (tag: string) => void

/**
 * When a tag is expired a second time. Next stamps a regenerated page (and a cached fetch) with the time it
 * is written, not when its data was read: a regeneration that read the old content just before a webhook
 * and finished just after it would count as newer than the expiry and be served until the six-hour
 * fallback (the publish bench caught one). Expiring again once such a regeneration is done fixes that.
 */
export const SECOND_EXPIRY_AFTER_MS = 1000

// `expire: 0`: the next request regenerates the page instead of being served the stale copy once more,
// so an unpublished story 404s at once. The second expiry runs after the response (Next executes
// revalidations made in `after` once its callbacks are done).
const nextRevalidator: TagRevalidator = (tag) => {
  revalidateTag(tag, { expire: 0 })
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, SECOND_EXPIRY_AFTER_MS))
    revalidateTag(tag, { expire: 0 })
  })
}

let current: TagRevalidator = nextRevalidator

export function revalidateCacheTag(tag: string): void {
  current(tag)
}

/** Replaces the revalidator; returns a function restoring the previous one. */
export function setTagRevalidator(revalidator: TagRevalidator): () => void {
  const previous = current
  current = revalidator
  return () => {
    current = previous
  }
}
