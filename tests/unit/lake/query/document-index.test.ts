import { describe, expect, test } from 'vitest'
import { DocumentIndex, type LakeDocument } from '#sanity/lake/query/document-index.ts'

const ids = (docs: readonly LakeDocument[]) => docs.map((doc) => doc._id)

function fixture(): DocumentIndex {
  return new DocumentIndex([
    { _id: 'film-a', _type: 'film', slug: { current: 'a' }, franchise: { _ref: 'fr' } },
    { _id: 'person-1', _type: 'person' },
    {
      _id: 'review-a',
      _type: 'review',
      slug: { current: 'ra' },
      film: { _ref: 'film-a' },
      tags: [{ _ref: 't1' }],
    },
    { _id: 'film-b', _type: 'film', slug: { current: 'b' } },
  ])
}

describe('DocumentIndex', () => {
  test('looks documents up by id, type, slug and referenced id', () => {
    const index = fixture()
    expect(index.size).toBe(4)
    expect(index.get('film-b')?._type).toBe('film')
    expect(ids(index.ofType('film'))).toEqual(['film-a', 'film-b'])
    expect(ids(index.withSlug('ra'))).toEqual(['review-a'])
    expect(ids(index.referencing('film-a'))).toEqual(['review-a'])
    expect(ids(index.referencing('t1'))).toEqual(['review-a'])
    expect(index.isReferencing('film-a', 'fr')).toBe(true)
    expect(index.ofType('nothing')).toEqual([])
  })

  test('replacing a document keeps its place and moves it between indexes', () => {
    const index = fixture()
    const before = index.version
    index.put({ _id: 'film-a', _type: 'person', slug: { current: 'x' } })
    expect(index.version).toBe(before + 1)
    expect(ids(index.all())).toEqual(['film-a', 'person-1', 'review-a', 'film-b'])
    expect(ids(index.ofType('film'))).toEqual(['film-b'])
    // Joined the person bucket after person-1 but sits before it in `*`: bucket order follows `*`.
    expect(ids(index.ofType('person'))).toEqual(['film-a', 'person-1'])
    expect(index.withSlug('a')).toEqual([])
    expect(ids(index.withSlug('x'))).toEqual(['film-a'])
    expect(index.isReferencing('film-a', 'fr')).toBe(false)
  })

  test('edits after a read show in every cached list', () => {
    const index = fixture()
    expect(index.all()).toHaveLength(4)
    expect(index.ofType('film')).toHaveLength(2)
    expect(index.referencing('film-a')).toHaveLength(1)
    index.put({ _id: 'film-b', _type: 'film', slug: { current: 'b' }, title: 'edited' })
    index.put({ _id: 'review-a', _type: 'review', slug: { current: 'ra' }, film: { _ref: 'film-a' }, v: 2 })
    index.put({ _id: 'tag-new', _type: 'tag' })
    expect(index.all().map((doc) => doc.title ?? doc.v ?? null)).toEqual([null, null, 2, 'edited', null])
    expect(index.ofType('film').map((doc) => doc.title ?? null)).toEqual([null, 'edited'])
    expect(index.referencing('film-a').map((doc) => doc.v)).toEqual([2])
    expect(index.referencing('t1')).toEqual([])
    expect(ids(index.all())).toEqual(['film-a', 'person-1', 'review-a', 'film-b', 'tag-new'])
  })

  test('removing a document drops it from every index and bumps the version', () => {
    const index = fixture()
    const before = index.version
    index.remove('review-a')
    expect(index.version).toBe(before + 1)
    expect(index.get('review-a')).toBeUndefined()
    expect(index.referencing('film-a')).toEqual([])
    expect(index.withSlug('ra')).toEqual([])
    index.remove('missing')
    expect(index.version).toBe(before + 1)
  })

  test('a re-added document goes to the end, as a new document would', () => {
    const index = fixture()
    index.remove('film-a')
    index.put({ _id: 'film-a', _type: 'film' })
    expect(ids(index.all())).toEqual(['person-1', 'review-a', 'film-b', 'film-a'])
    expect(ids(index.ofType('film'))).toEqual(['film-b', 'film-a'])
  })

  test('indexes references the way groq-js references() matches them', () => {
    const index = new DocumentIndex([
      // An object with a truthy _ref is a reference: its other fields are not searched.
      { _id: 'a', _type: 'x', outer: { _ref: 'r1', inner: { _ref: 'hidden' } } },
      {
        _id: 'b',
        _type: 'x',
        list: [[{ _ref: 'r2' }]],
        numeric: { _ref: 5 },
        empty: { _ref: '', sub: { _ref: 'r3' } },
      },
    ])
    expect(ids(index.referencing('r1'))).toEqual(['a'])
    expect(index.referencing('hidden')).toEqual([])
    expect(ids(index.referencing('r2'))).toEqual(['b'])
    expect(ids(index.referencing('r3'))).toEqual(['b'])
  })

  test('notifies listeners of every change', () => {
    const index = fixture()
    const changed: string[] = []
    const unsubscribe = index.onChange((id) => changed.push(id))
    index.put({ _id: 'new', _type: 'tag' })
    index.remove('person-1')
    unsubscribe()
    index.remove('film-b')
    expect(changed).toEqual(['new', 'person-1'])
  })
})
