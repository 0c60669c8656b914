// The site search over HTTP, through the lake's text indexes: writes are visible to the next search, and an
// anonymous reader never finds a draft's words, before or after the same words are published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searchQuery, searchTerms } from '#lib/queries/search.ts'
import { clientFor, startTestLake, type TestLake } from './lake-fixture.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
  await t.client
    .transaction()
    .createOrReplace({
      _id: 'film-1',
      _type: 'film',
      title: 'Quiet Harbour',
      slug: { current: 'quiet-harbour' },
    })
    .createOrReplace({
      _id: 'review-1',
      _type: 'review',
      headline: 'A calm film',
      slug: { current: 'calm' },
      publishedAt: '2025-01-01T00:00:00Z',
      film: { _type: 'reference', _ref: 'film-1' },
    })
    .commit()
})
afterAll(async () => {
  await t.stop()
})

const ids = (rows: unknown): unknown =>
  Array.isArray(rows) ? rows.map((row: { _id?: unknown }) => row._id) : rows

describe('search through the text indexes', () => {
  it('finds a story by its film title, then follows a draft, its publication and its deletion', async () => {
    const anonymous = clientFor(t.lake.url)
    const search = (words: string, client = anonymous) =>
      client.fetch(searchQuery.query, { terms: searchTerms(words) }).then(ids)
    expect(await search('harbour')).toEqual(['review-1'])
    expect(await search('lighthouse')).toEqual([])

    await t.client.createOrReplace({
      _id: 'drafts.review-1',
      _type: 'review',
      headline: 'A lighthouse film',
      slug: { current: 'calm' },
      publishedAt: '2025-01-01T00:00:00Z',
    })
    expect(await search('lighthouse')).toEqual([])
    expect(await search('lighthouse', t.client.withConfig({ perspective: 'drafts' }))).toEqual(['review-1'])

    await t.client
      .transaction()
      .createOrReplace({
        _id: 'review-1',
        _type: 'review',
        headline: 'A lighthouse film',
        slug: { current: 'calm' },
        publishedAt: '2025-01-01T00:00:00Z',
      })
      .delete('drafts.review-1')
      .commit()
    expect(await search('lighthouse')).toEqual(['review-1'])
    // The published story no longer references the film: its title no longer finds it.
    expect(await search('harbour')).toEqual([])

    await t.client.delete('review-1')
    expect(await search('lighthouse')).toEqual([])
  })
})
