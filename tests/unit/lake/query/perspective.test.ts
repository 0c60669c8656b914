import { describe, expect, test } from 'vitest'
import { DocumentIndex } from '#sanity/lake/query/document-index.ts'
import { runQuery } from '#sanity/lake/query/run-query.ts'

function fixture(): DocumentIndex {
  return new DocumentIndex([
    { _id: 'film-a', _type: 'film', title: 'A' },
    { _id: 'drafts.film-a', _type: 'film', title: 'A (draft)' },
    { _id: 'drafts.film-new', _type: 'film', title: 'New' },
    { _id: 'versions.r1.film-a', _type: 'film', title: 'A (release)' },
    { _id: 'review-1', _type: 'review', film: { _ref: 'film-a' } },
  ])
}

const QUERY = '*[_type == "film"] | order(_id) {_id, _originalId, title}'

describe('perspectives', () => {
  test('raw returns every stored document as stored', () => {
    expect(runQuery(fixture(), '*[_type == "film"]._id', {}, { perspective: 'raw' })).toEqual([
      'film-a',
      'drafts.film-a',
      'drafts.film-new',
      'versions.r1.film-a',
    ])
  })

  test('published hides drafts and versions and adds _originalId', () => {
    expect(runQuery(fixture(), QUERY, {}, { perspective: 'published' })).toEqual([
      { _id: 'film-a', _originalId: 'film-a', title: 'A' },
    ])
  })

  test('drafts overlays drafts on published documents under the published id', () => {
    expect(runQuery(fixture(), QUERY, {}, { perspective: 'drafts' })).toEqual([
      { _id: 'film-a', _originalId: 'drafts.film-a', title: 'A (draft)' },
      { _id: 'film-new', _originalId: 'drafts.film-new', title: 'New' },
    ])
  })

  test('references resolve within the perspective', () => {
    const query = '*[_type == "review"][0].film->title'
    expect(runQuery(fixture(), query, {}, { perspective: 'published' })).toBe('A')
    expect(runQuery(fixture(), query, {}, { perspective: 'drafts' })).toBe('A (draft)')
  })

  test('cached views follow writes to the source index', () => {
    const index = fixture()
    expect(runQuery(index, QUERY, {}, { perspective: 'drafts' })).toHaveLength(2)
    index.remove('drafts.film-a')
    index.put({ _id: 'film-b', _type: 'film', title: 'B' })
    index.put({ _id: 'drafts.film-b', _type: 'film', title: 'B (draft)' })
    expect(runQuery(index, QUERY, {}, { perspective: 'drafts' })).toEqual([
      { _id: 'film-a', _originalId: 'film-a', title: 'A' },
      { _id: 'film-b', _originalId: 'drafts.film-b', title: 'B (draft)' },
      { _id: 'film-new', _originalId: 'drafts.film-new', title: 'New' },
    ])
    expect(runQuery(index, QUERY, {}, { perspective: 'published' })).toEqual([
      { _id: 'film-a', _originalId: 'film-a', title: 'A' },
      { _id: 'film-b', _originalId: 'film-b', title: 'B' },
    ])
    index.remove('film-b')
    expect(runQuery(index, '*[_id == "film-b"].title', {}, { perspective: 'published' })).toEqual([])
    expect(runQuery(index, '*[_id == "film-b"].title', {}, { perspective: 'drafts' })).toEqual(['B (draft)'])
  })
})
