// Queries the Studio sends at boot and in its lists (shared/studio-contract), through the real
// @sanity/client against a real lake.
import type { SanityClient } from '@sanity/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestLake, type TestLake } from './lake-fixture.ts'

let lake: TestLake
let client: SanityClient

beforeAll(async () => {
  lake = await startTestLake()
  client = lake.client
  await client
    .transaction()
    .createOrReplace({ _id: 'review-ballerina', _type: 'review', title: 'Ballerina', verdict: 'Graceful' })
    .createOrReplace({ _id: 'drafts.review-ballerina', _type: 'review', title: 'Ballerina', verdict: 'Dark' })
    .createOrReplace({ _id: 'drafts.review-new', _type: 'review', title: 'Sinners' })
    .createOrReplace({ _id: 'review-anora', _type: 'review', title: 'Anora' })
    .createOrReplace({ _id: 'film-ballerina', _type: 'film', title: 'Ballerina' })
    .commit()
})

afterAll(async () => {
  await lake.stop()
})

const LIST_QUERY = `// findability-mvi:5
// findability-source: list
*[_type in $__types && ([@, _id] match text::query($__query) || references($__rawQuery)) && (_type == $type)] {_type, _id, _originalId, "orderings": [_updatedAt]} | order(orderings[0] desc) [0...$__limit]`

describe('the structure list', () => {
  it('lists every review under perspective drafts for an empty search', async () => {
    const rows = await client.fetch<{ _id: string; _originalId: string }[]>(
      LIST_QUERY,
      { __types: ['review'], __limit: 101, __query: '*', __rawQuery: '', type: 'review' },
      { perspective: 'drafts' },
    )
    expect(rows.map((row) => [row._id, row._originalId]).sort()).toEqual([
      ['review-anora', 'review-anora'],
      ['review-ballerina', 'drafts.review-ballerina'],
      ['review-new', 'drafts.review-new'],
    ])
  })

  it('narrows to a search', async () => {
    const rows = await client.fetch<{ _id: string }[]>(
      LIST_QUERY,
      { __types: ['review'], __limit: 101, __query: 'ball*', __rawQuery: 'ball', type: 'review' },
      { perspective: 'drafts' },
    )
    expect(rows.map((row) => row._id)).toEqual(['review-ballerina'])
  })
})

describe('boot queries', () => {
  it('releases: `_id in path("_.releases.*")` is an empty list on a lake without releases', async () => {
    const releases = await client.fetch(
      '*[_type=="system.release" && _id in path("_.releases.*")] {_id, "metadata": coalesce(metadata, {"title": ""})} | order(_createdAt desc)',
      {},
      { perspective: 'raw' },
    )
    expect(releases).toEqual([])
  })

  it('sanity::versionOf finds the published document and its draft', async () => {
    const ids = await client.fetch<string[][]>(
      '[*[sanity::versionOf("review-ballerina")]._id, *[sanity::versionOf("review-new")]._id, *[sanity::versionOf($id)]._id]',
      { id: 'review-anora' },
      { perspective: 'raw' },
    )
    expect(ids.map((list) => [...list].sort())).toEqual([
      ['drafts.review-ballerina', 'review-ballerina'],
      ['drafts.review-new'],
      ['review-anora'],
    ])
  })

  it('array::unique of the types', async () => {
    const types = await client.fetch<string[]>(
      'array::unique(*[_id in $ids]._type)',
      {
        ids: ['review-anora', 'review-ballerina', 'film-ballerina'],
      },
      { perspective: 'raw' },
    )
    expect([...types].sort()).toEqual(['film', 'review'])
  })

  it('previews: documents by id under drafts carry _originalId', async () => {
    const result = await client.fetch(
      '[*[_id in ["review-ballerina"]][0...1]{_id,_rev,_type,title,_originalId}][0...1]',
      {},
      { perspective: 'drafts' },
    )
    expect(result).toEqual([
      [expect.objectContaining({ _id: 'review-ballerina', _originalId: 'drafts.review-ballerina' })],
    ])
  })
})
