// `<SanityLive />`'s action is a public server action: only well-formed live cache tags may expire anything.
import { afterEach, describe, expect, it } from 'vitest'
import { liveCacheTagsFrom, MAX_LIVE_TAGS } from '../../../lib/live/live-tags.ts'
import { revalidateLiveTags } from '../../../lib/live/revalidate-live-tags.ts'
import { setTagRevalidator } from '../../../lib/revalidation/tag-revalidator.ts'

let restore: (() => void) | undefined
afterEach(() => restore?.())

describe('revalidateLiveTags', () => {
  it('expires each sync-tag cache tag once and asks the browser to refresh', async () => {
    const expired: string[] = []
    restore = setTagRevalidator((tag) => expired.push(tag))
    const result = await revalidateLiveTags(['sanity:s1:abc_DEF-1', 'sanity:s1:xyz', 'sanity:s1:abc_DEF-1'])
    expect(result).toBe('refresh')
    expect(expired).toEqual(['sanity:s1:abc_DEF-1', 'sanity:s1:xyz'])
  })

  it('expires nothing when any tag is not a live cache tag', async () => {
    const expired: string[] = []
    restore = setTagRevalidator((tag) => expired.push(tag))
    expect(await revalidateLiveTags(['sanity:s1:ok', 'story:some-slug'])).toBeUndefined()
    expect(await revalidateLiveTags('sanity:s1:ok')).toBeUndefined()
    expect(await revalidateLiveTags([])).toBeUndefined()
    expect(await revalidateLiveTags([42])).toBeUndefined()
    expect(expired).toEqual([])
  })
})

describe('liveCacheTagsFrom', () => {
  it('refuses oversized lists and malformed tags', () => {
    expect(liveCacheTagsFrom(Array.from({ length: MAX_LIVE_TAGS + 1 }, (_, i) => `sanity:s1:t${i}`))).toEqual(
      [],
    )
    expect(liveCacheTagsFrom(['sanity:s1:'])).toEqual([])
    expect(liveCacheTagsFrom(['sanity:s1:a b'])).toEqual([])
    expect(liveCacheTagsFrom([`sanity:s1:${'a'.repeat(65)}`])).toEqual([])
    expect(liveCacheTagsFrom(['sanity:s1:ok'])).toEqual(['sanity:s1:ok'])
  })
})
