// Release perspective stacks over the in-memory index, and how the HTTP layer reads `perspective=`.
import { describe, expect, it } from 'vitest'
import { HttpError } from '#sanity/lake/http/http-error.ts'
import { parsePerspective } from '#sanity/lake/http/perspective.ts'
import { DocumentIndex } from '#sanity/lake/query/document-index.ts'
import { runQuery } from '#sanity/lake/query/run-query.ts'

function indexOf(...documents: { _id: string; _type: string; [field: string]: unknown }[]): DocumentIndex {
  const index = new DocumentIndex()
  for (const document of documents) index.put(document)
  return index
}

describe('release stacks', () => {
  const index = indexOf(
    { _id: 'a', _type: 't', v: 'published' },
    { _id: 'drafts.a', _type: 't', v: 'draft' },
    { _id: 'versions.r1.a', _type: 't', v: 'r1' },
    { _id: 'b', _type: 't', v: 'published b' },
    { _id: 'versions.r1.b', _type: 't', v: 'gone', _system: { delete: true } },
  )
  const run = (layers: string[]) =>
    runQuery(index, '*[_type == "t"] | order(_id) {_id, v}', {}, { perspective: { layers } })

  it('takes the first layer that has the document, published last', () => {
    expect(run(['r1'])).toEqual([{ _id: 'a', v: 'r1' }])
    expect(run(['r2', 'drafts'])).toEqual([
      { _id: 'a', v: 'draft' },
      { _id: 'b', v: 'published b' },
    ])
    expect(run(['published'])).toEqual([
      { _id: 'a', v: 'published' },
      { _id: 'b', v: 'published b' },
    ])
  })

  it('a version marked _system.delete hides the document; the view follows later writes', () => {
    expect(run(['r1', 'drafts'])).toEqual([{ _id: 'a', v: 'r1' }])
    index.remove('versions.r1.b')
    expect(run(['r1', 'drafts'])).toEqual([
      { _id: 'a', v: 'r1' },
      { _id: 'b', v: 'published b' },
    ])
    index.put({ _id: 'versions.r1.c', _type: 't', v: 'new in r1' })
    expect(run(['r1'])).toContainEqual({ _id: 'c', v: 'new in r1' })
  })
})

describe('parsePerspective', () => {
  it('reads single perspectives, release names and comma stacks', () => {
    expect(parsePerspective('drafts', '2025-02-19')).toBe('drafts')
    expect(parsePerspective('rABC', '2025-02-19')).toEqual({ layers: ['rABC'] })
    expect(parsePerspective('r1, r2,drafts', '2025-02-19')).toEqual({ layers: ['r1', 'r2', 'drafts'] })
  })

  it('refuses raw in a stack, bad names and endless stacks', () => {
    for (const value of [
      'raw,drafts',
      'r1,,r2',
      'r.1',
      Array.from({ length: 17 }, (_, i) => `r${i}`).join(','),
    ]) {
      expect(() => parsePerspective(value, '2025-02-19'), value).toThrow(HttpError)
    }
  })
})
