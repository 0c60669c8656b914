// The route that expires live-event tags is public: only well-formed sync-tag cache tags may expire anything.
import { describe, expect, it } from 'vitest'
import { createExpireHandler, MAX_EXPIRE_BODY_BYTES } from '#lib/live/expire-handler.ts'
import { LIVE_EXPIRE_PATH, liveCacheTagsFrom, MAX_LIVE_TAGS } from '#lib/live/live-tags.ts'

function expire(body: string) {
  const expired: string[] = []
  const handler = createExpireHandler({ revalidate: (tag) => expired.push(tag) })
  const request = new Request(`http://site.test${LIVE_EXPIRE_PATH}`, { method: 'POST', body })
  return handler(request).then(async (response) => ({
    status: response.status,
    body: response.status === 204 ? undefined : await response.json(),
    expired,
  }))
}

describe('POST /api/live/expire', () => {
  it('expires each live cache tag once and answers 204', async () => {
    const answer = await expire(
      JSON.stringify({ tags: ['sanity:s1:abc_DEF-1', 'sanity:s1:xyz', 'sanity:s1:abc_DEF-1'] }),
    )
    expect(answer.status).toBe(204)
    expect(answer.expired).toEqual(['sanity:s1:abc_DEF-1', 'sanity:s1:xyz'])
  })

  it('expires nothing, with a 400, when any tag is not a live cache tag or the body is not JSON', async () => {
    for (const body of [
      JSON.stringify({ tags: ['sanity:s1:ok', 'story:some-slug'] }),
      JSON.stringify({ tags: 'sanity:s1:ok' }),
      JSON.stringify({ tags: [] }),
      JSON.stringify(['sanity:s1:ok']),
      'not json',
    ]) {
      const answer = await expire(body)
      expect(answer.status).toBe(400)
      expect(answer.body).toMatchObject({ statusCode: 400 })
      expect(answer.expired).toEqual([])
    }
  })

  it('refuses an oversized body with a 413', async () => {
    const answer = await expire(
      JSON.stringify({ tags: ['sanity:s1:ok'], pad: 'x'.repeat(MAX_EXPIRE_BODY_BYTES) }),
    )
    expect(answer.status).toBe(413)
    expect(answer.expired).toEqual([])
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
    expect(liveCacheTagsFrom([42])).toEqual([])
    expect(liveCacheTagsFrom(['sanity:s1:ok'])).toEqual(['sanity:s1:ok'])
  })
})
