'use server'
// `<SanityLive />`'s action: a live event named these sync tags, so the cached fetches that carry them are
// expired now (`expire: 0`, not next-sanity's default `'max'`, which would serve the open page the stale copy
// once more on the refresh that follows). Then the browser refreshes the page.
import { revalidateCacheTag } from '../revalidation/tag-revalidator.ts'
import { liveCacheTagsFrom } from './live-tags.ts'

export async function revalidateLiveTags(unsafeTags: unknown): Promise<'refresh' | undefined> {
  const valid = liveCacheTagsFrom(unsafeTags)
  for (const tag of valid) revalidateCacheTag(tag)
  return valid.length > 0 ? 'refresh' : undefined
}
