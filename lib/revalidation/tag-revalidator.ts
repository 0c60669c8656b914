// The one place the site calls Next's revalidateTag, so the webhook route can run outside Next (tests hand
// in their own revalidator through setTagRevalidator; nothing else should).
import { revalidateTag } from 'next/cache'

export type TagRevalidator = (tag: string) => void

// `expire: 0`: the next request regenerates the page instead of being served the stale copy once more,
// so an unpublished story 404s at once.
const nextRevalidator: TagRevalidator = (tag) => revalidateTag(tag, { expire: 0 })

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
