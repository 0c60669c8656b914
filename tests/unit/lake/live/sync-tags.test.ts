// Sync tags are sound: whenever a write changes a query's result, the write's event names one of the tags
// the query was served with. Checked over random single-document writes against the real query engine.
import { describe, expect, test } from 'vitest'
import { changeTags, queryTags } from '#sanity/lake/live/sync-tags.ts'
import { DocumentIndex, type LakeDocument } from '#sanity/lake/query/document-index.ts'
import { MAX_READ_KEYS, QueryReads } from '#sanity/lake/query/query-reads.ts'
import { runQuery } from '#sanity/lake/query/run-query.ts'

function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

const TYPES = ['review', 'film', 'person', 'tag']

function fixture(): LakeDocument[] {
  const docs: LakeDocument[] = []
  for (let i = 0; i < 12; i++) {
    docs.push({
      _id: `doc-${i}`,
      _type: TYPES[i % TYPES.length] ?? 'tag',
      title: `Title ${i}`,
      slug: { current: `s${i % 5}` },
      film: { _ref: `doc-${(i * 3) % 12}` },
      people: [{ _ref: `doc-${(i + 2) % 12}` }],
      rank: i % 7,
    })
  }
  return docs
}

const QUERIES: Array<[string, Record<string, unknown>]> = [
  ['*[_type == "review" && slug.current == $slug][0]{title, "film": film->title}', { slug: 's1' }],
  ['*[_type == "review"] | order(rank desc)[0...3]{title}', {}],
  ['*[_id == $id][0]{title, "people": people[]->title}', { id: 'doc-4' }],
  ['*[references($id)]{_id}', { id: 'doc-3' }],
  ['*[film._ref == $id]._id', { id: 'doc-6' }],
  ['*[_type == "film" || slug.current == "s2"]{_id, title}', {}],
  ['*[_id in $ids]{title}', { ids: ['doc-1', 'doc-2', 'doc-99'] }],
  ['count(*[rank > 3])', {}],
  ['*[_type == "person" && rank > 2]{title, "reviews": *[_type == "review" && references(^._id)]._id}', {}],
]

function mutate(
  docs: Map<string, LakeDocument>,
  next: () => number,
  step: number,
): [string, LakeDocument | undefined] {
  const id = `doc-${Math.floor(next() * 14)}`
  const current = docs.get(id)
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)]
  const roll = next()
  if (current && roll < 0.15) return [id, undefined]
  const base: LakeDocument = current ?? { _id: id, _type: pick(TYPES) ?? 'tag' }
  if (roll < 0.35) return [id, { ...base, _type: pick(TYPES) ?? 'tag' }]
  if (roll < 0.5) return [id, { ...base, slug: { current: `s${Math.floor(next() * 5)}` } }]
  if (roll < 0.65) return [id, { ...base, film: { _ref: `doc-${Math.floor(next() * 12)}` } }]
  if (roll < 0.8) return [id, { ...base, rank: Math.floor(next() * 7) }]
  return [id, { ...base, title: `Edited ${step}` }]
}

describe('sync tags', () => {
  test('a write that changes a result always names one of its tags', () => {
    const next = random(7)
    const docs = new Map(fixture().map((doc) => [doc._id, doc]))
    let changedResults = 0
    for (let step = 0; step < 300; step++) {
      const index = new DocumentIndex(docs.values())
      const before = QUERIES.map(([query, params]) => {
        const reads = new QueryReads()
        const result = JSON.stringify(runQuery(index, query, params, { perspective: 'published', reads }))
        return { result, tags: queryTags('production', reads, false, 'published') }
      })
      const [id, after] = mutate(docs, next, step)
      const announced = changeTags('production', { id, before: docs.get(id), after })
      if (after) docs.set(id, after)
      else docs.delete(id)
      const updated = new DocumentIndex(docs.values())
      QUERIES.forEach(([query, params], i) => {
        const was = before[i]
        if (!was) return
        const now = JSON.stringify(runQuery(updated, query, params, { perspective: 'published' }))
        if (now === was.result) return
        changedResults++
        expect(
          was.tags.some((tag) => announced.tags.has(tag)),
          `${query} changed after a write to ${id} but no tag was named`,
        ).toBe(true)
      })
    }
    expect(changedResults).toBeGreaterThan(50)
  })

  test('narrowed queries get precise tags; unnarrowed ones one dataset tag', () => {
    const index = new DocumentIndex(fixture())
    const tagsOf = (query: string, params: Record<string, unknown> = {}) => {
      const reads = new QueryReads()
      runQuery(index, query, params, { perspective: 'published', reads })
      return { reads, tags: queryTags('production', reads, false, 'published') }
    }
    const byId = tagsOf('*[_id == "doc-1"][0]{title, "film": film->title}')
    expect(byId.reads.everything).toBe(false)
    expect(byId.reads.keys).toEqual([
      { index: 'id', key: 'doc-1' },
      { index: 'id', key: 'doc-3' },
    ])
    const scan = tagsOf('*[title match "Title*"]')
    expect(scan.reads.everything).toBe(true)
    expect(scan.tags).toHaveLength(1)
    const many = Array.from({ length: MAX_READ_KEYS + 1 }, (_, i) => `doc-${i}`)
    expect(tagsOf('*[_id in $ids]', { ids: many }).tags).toHaveLength(1)
  })

  test('drafts announce tags that published readers never hold', () => {
    const reads = new QueryReads()
    runQuery(new DocumentIndex(fixture()), '*[_id == "doc-1"][0]', {}, { perspective: 'published', reads })
    const published = queryTags('production', reads, true, 'published')
    const drafts = queryTags('production', reads, true, 'drafts')
    const draftChange = changeTags('production', {
      id: 'drafts.doc-1',
      before: undefined,
      after: { _id: 'drafts.doc-1', _type: 'film' },
    })
    expect(draftChange.visibility).toBe('draft')
    expect(published.some((tag) => draftChange.tags.has(tag))).toBe(false)
    expect(drafts.some((tag) => draftChange.tags.has(tag))).toBe(true)
    expect(changeTags('other', { id: 'doc-1', before: undefined, after: undefined }).tags).not.toEqual(
      changeTags('production', { id: 'doc-1', before: undefined, after: undefined }).tags,
    )
  })
})
