import { describe, expect, test } from 'vitest'
import { DocumentIndex } from '#sanity/lake/query/document-index.ts'
import { runQuery } from '#sanity/lake/query/run-query.ts'
import { compileSearch, parseSearch } from '#sanity/lake/query/text-search.ts'

function fixture(): DocumentIndex {
  return new DocumentIndex([
    {
      _id: 'review-ballerina',
      _type: 'review',
      title: 'Ballerina',
      body: [
        { _type: 'block', _key: 'k1', children: [{ _type: 'span', text: 'A dancer turned assassin.' }] },
      ],
      film: { _ref: 'film-ballerina' },
    },
    {
      _id: 'drafts.review-ballerina',
      _type: 'review',
      title: 'Ballerina (draft)',
      verdict: 'Dark and graceful',
    },
    { _id: 'review-anora', _type: 'review', title: 'Anora', verdict: 'A screwball fairy tale' },
    { _id: 'drafts.review-new', _type: 'review', title: 'The Dark Knight returns' },
    { _id: 'film-ballerina', _type: 'film', title: 'Ballerina' },
  ])
}

// The Studio's structure-list query, as sanity 6.9 sends it.
const LIST_QUERY = `// findability-mvi:5
*[_type in $__types && ([@, _id] match text::query($__query) || references($__rawQuery)) && (_type == $type)] {_type, _id, _originalId, "orderings": [_updatedAt]} | order(_id asc) [0...$__limit]`

function list(search: string, perspective: 'drafts' | 'published' | 'raw' = 'drafts'): unknown {
  const params = { __types: ['review'], __limit: 101, __query: search, __rawQuery: search, type: 'review' }
  const result = runQuery(fixture(), LIST_QUERY, params, { perspective })
  return Array.isArray(result) ? result.map((row) => row._id) : result
}

describe('the Studio list query', () => {
  test('"*" (an unfiltered list) matches every document of the type, drafts overlaid', () => {
    expect(list('*')).toEqual(['review-anora', 'review-ballerina', 'review-new'])
  })

  test('an empty search matches everything too', () => {
    expect(list('')).toEqual(['review-anora', 'review-ballerina', 'review-new'])
  })

  test('a prefix search finds words anywhere in the document, not only in _id', () => {
    expect(list('scre*')).toEqual(['review-anora'])
    expect(list('grace*')).toEqual(['review-ballerina'])
  })

  test('searches the document the perspective shows: the published one under published', () => {
    expect(list('grace*', 'published')).toEqual([])
    expect(list('assassin', 'published')).toEqual(['review-ballerina'])
  })

  test('all terms are required, and -terms exclude', () => {
    expect(list('dark*')).toEqual(['review-ballerina', 'review-new'])
    expect(list('dark* knight')).toEqual(['review-new'])
    expect(list('dark* -knight')).toEqual(['review-ballerina'])
  })

  test('quoted phrases need their words adjacent', () => {
    expect(list('"dark knight"')).toEqual(['review-new'])
    expect(list('"knight dark"')).toEqual([])
  })

  test('bookkeeping strings (references, keys) are not searched', () => {
    expect(list('film-ballerina')).toEqual([])
    expect(list('k1')).toEqual([])
  })

  test('|| references($__rawQuery) still finds documents by a referenced id', () => {
    const params = {
      __types: ['review'],
      __limit: 10,
      __query: 'film-ballerina*',
      __rawQuery: 'film-ballerina',
      type: 'review',
    }
    expect(runQuery(fixture(), LIST_QUERY, params, { perspective: 'raw' })).toEqual([
      expect.objectContaining({ _id: 'review-ballerina' }),
    ])
  })
})

describe('text::query against fields', () => {
  test('becomes match terms', () => {
    const query = '*[_type == "review" && title match text::query($q)] | order(_id)._id'
    expect(runQuery(fixture(), query, { q: 'ball*' }, { perspective: 'raw' })).toEqual([
      'drafts.review-ballerina',
      'review-ballerina',
    ])
    expect(runQuery(fixture(), query, { q: 'ball* -draft' }, { perspective: 'raw' })).toEqual([
      'review-ballerina',
    ])
  })

  test('works inside score() and boost()', () => {
    const query =
      '*[_type == "review"] | score(boost(title match text::query("anora"), 5)) | order(_score desc) [0]{_id, _score}'
    expect(runQuery(fixture(), query, {}, { perspective: 'published' })).toEqual({
      _id: 'review-anora',
      _score: expect.any(Number),
    })
  })

  test('a search that is not a constant string stays a client error', () => {
    expect(() =>
      runQuery(fixture(), '*[title match text::query(title)]', {}, { perspective: 'raw' }),
    ).toThrow(/text::query|not implemented|supported/i)
  })
})

describe('search syntax', () => {
  test('parses words, wildcards, phrases and negations', () => {
    expect(parseSearch('ball* "dark knight" -draft *')).toEqual([
      { words: ['ball*'], negated: false },
      { words: ['dark', 'knight'], negated: false },
      { words: ['draft'], negated: true },
    ])
  })

  test('compiled searches match case-insensitively on whole tokens', () => {
    const search = compileSearch('Bal*')
    expect(search.matches([['ballerina']])).toBe(true)
    expect(search.matches([['football']])).toBe(false)
    expect(compileSearch('*').empty).toBe(true)
  })
})

describe('text::query through the whole-document text index', () => {
  const query = `*[[@, _id] match text::query($q)]._id`
  const ids = (index: DocumentIndex, q: string, perspective: 'drafts' | 'published') => {
    const result = runQuery(index, query, { q }, { perspective })
    return Array.isArray(result) ? [...result].sort() : result
  }

  test('follows creates, edits, publishes and deletes, and keeps drafts out of the published view', () => {
    const index = fixture()
    expect(ids(index, 'zebra', 'drafts')).toEqual([])
    index.put({ _id: 'drafts.review-anora', _type: 'review', title: 'Anora', verdict: 'A zebra crossing' })
    expect(ids(index, 'zebra', 'drafts')).toEqual(['review-anora'])
    expect(ids(index, 'zebra', 'published')).toEqual([])
    // Publish: the published document takes the draft's text, the draft goes.
    index.put({ _id: 'review-anora', _type: 'review', title: 'Anora', verdict: 'A zebra crossing' })
    index.remove('drafts.review-anora')
    expect(ids(index, 'zeb*', 'published')).toEqual(['review-anora'])
    expect(ids(index, 'zebra -crossing', 'published')).toEqual([])
    // An edit that removes the word, then a delete.
    index.put({ _id: 'review-anora', _type: 'review', title: 'Anora', verdict: 'A screwball fairy tale' })
    expect(ids(index, 'zebra', 'published')).toEqual([])
    expect(ids(index, 'screwball', 'published')).toEqual(['review-anora'])
    index.remove('review-anora')
    expect(ids(index, 'screwball', 'published')).toEqual([])
  })

  test('references and keys are not searched, phrases need adjacent words', () => {
    const index = fixture()
    expect(ids(index, 'k1', 'published')).toEqual([])
    expect(ids(index, '"dancer turned"', 'published')).toEqual(['review-ballerina'])
    expect(ids(index, '"turned dancer"', 'published')).toEqual([])
  })
})
