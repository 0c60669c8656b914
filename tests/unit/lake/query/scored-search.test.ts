// `*[cond] | score(...) | order(_score desc, ...)[a...b]` is answered from the text indexes (text-index.ts,
// score-bounds.ts, scored-top-k.ts): results must equal plain groq-js on every document, for random
// texts (ties, punctuation, case, references that dangle) and after edits change what matches.
import { type ExprNode, evaluateSync, parse, toJS } from 'groq-js'
import { describe, expect, test } from 'vitest'
import { searchQuery, searchTerms } from '#lib/queries/search.ts'
import { DocumentIndex, type LakeDocument } from '#sanity/lake/query/document-index.ts'
import { viewFor } from '#sanity/lake/query/perspective.ts'
import { planQuery } from '#sanity/lake/query/planner.ts'
import { runQuery } from '#sanity/lake/query/run-query.ts'
import { scoredTopKShape } from '#sanity/lake/query/scored-top-k.ts'

function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

const WORDS = [
  'Ghost',
  'ghost',
  'ghosts',
  'river',
  'River.',
  'glass',
  'e.g.',
  'crown-storm',
  'naïve',
  'l’été',
]

function text(next: () => number, length: number): string {
  return Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]).join(
    next() < 0.2 ? ', ' : ' ',
  )
}

function block(next: () => number, key: number) {
  // Two spans without a space: pt::text joins them into one token, as groq-js does.
  return {
    _key: `b${key}`,
    _type: 'block',
    children: [
      { _type: 'span', text: text(next, 3) },
      { _type: 'span', text: next() < 0.5 ? text(next, 2) : ` ${text(next, 2)}` },
    ],
  }
}

function fixture(next: () => number): LakeDocument[] {
  const docs: LakeDocument[] = []
  for (let i = 0; i < 12; i++) docs.push({ _id: `film-${i}`, _type: 'film', title: text(next, 2) })
  for (let i = 0; i < 150; i++) {
    const film = `film-${Math.floor(next() * 14)}` // film-12 and film-13 dangle
    docs.push({
      _id: `story-${i}`,
      _type: next() < 0.5 ? 'review' : 'article',
      headline: next() < 0.9 ? text(next, 1 + Math.floor(next() * 4)) : ['a', text(next, 2)],
      ...(next() < 0.8 ? { standfirst: text(next, 6) } : {}),
      slug: { current: `s${i}` },
      publishedAt: `2024-0${1 + Math.floor(next() * 9)}-01`,
      film: { _ref: film },
      films: [{ _ref: film }, { _ref: `film-${Math.floor(next() * 12)}` }],
      body: Array.from({ length: Math.floor(next() * 3) }, (_, k) => block(next, k)),
      ...(i % 37 === 0 ? { _score: 2 } : {}),
    })
  }
  docs.push({ _id: 'drafts.story-1', _type: 'review', headline: 'ghost ghost ghost', slug: { current: 'd' } })
  return docs
}

const QUERIES = [
  searchQuery.query,
  `*[_type == "review" && headline match $terms] | score(headline match $terms)[0...5]{_id, _score}`,
  `*[defined(slug.current)] | score(boost(headline match $terms, 4), standfirst match $terms, boost(film->title match $terms, -1)) | order(_score desc, _id asc)[2...9]{_id, _score}`,
  `*[_type in ["review", "article"]] | score(films[]->title match $terms || pt::text(body) match $terms, _type == "review")[0]._id`,
  `*[pt::text(body) match $terms && !(standfirst match $terms)] | score(pt::text(body) match $terms && headline match $terms) | order(_score desc)[0...12]{_id, _score}`,
]
const SEARCHES = ['ghost', 'glass river', 'riv*', 'e.g', 'naïve crown', 'gh*st', 'nothing', '', 'l’été']

function plain(docs: readonly LakeDocument[], query: string, params: Record<string, unknown>): unknown {
  const visible = docs
    .filter((doc) => !doc._id.startsWith('drafts.'))
    .map((doc) => ({ ...doc, _originalId: doc._id }))
  const tree = parse(query, { params })
  return toJS(evaluateSync(tree, { dataset: visible, params, timestamp: new Date('2025-01-01T00:00:00Z') }))
}

function lake(index: DocumentIndex, query: string, params: Record<string, unknown>): unknown {
  return runQuery(index, query, params, {
    perspective: 'published',
    timestamp: new Date('2025-01-01T00:00:00Z'),
  })
}

function countNarrowedScans(index: DocumentIndex, query: string, params: Record<string, unknown>): number {
  return planQuery(parse(query, { params }), viewFor(index, 'published')).narrowed
}

function isNode(value: unknown): value is ExprNode {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string'
}

function hasScoredScan(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false
  if (isNode(node) && (node.type === 'Value' || scoredTopKShape(node))) return node.type !== 'Value'
  return Object.values(node).some(hasScoredScan)
}

describe('scored scans answered from the text indexes', () => {
  test('the site search and other scored scans agree with groq-js on random texts', () => {
    for (const seed of [1, 2, 3]) {
      const docs = fixture(random(seed))
      const index = new DocumentIndex(docs)
      for (const query of QUERIES) {
        for (const search of SEARCHES) {
          const params = { terms: searchTerms(search) }
          expect(lake(index, query, params), `${query} / ${search}`).toEqual(plain(docs, query, params))
        }
      }
    }
  })

  test('the site search and the queries above are planned as scored scans', () => {
    const index = new DocumentIndex(fixture(random(4)))
    expect(countNarrowedScans(index, searchQuery.query, { terms: ['ghost*'] })).toBe(1)
    for (const query of QUERIES)
      expect(hasScoredScan(parse(query, { params: { terms: ['x'] } })), query).toBe(true)
    // A match on text no index holds (a subquery's) leaves the scan to groq-js.
    const unindexed = '*[true] | score(*[_id == ^._id][0].headline match "x")[0...3]'
    expect(hasScoredScan(parse(unindexed))).toBe(false)
  })

  test('edits, deletes and publishes change what the index finds, in the published view only', () => {
    const docs = fixture(random(5))
    const index = new DocumentIndex(docs)
    const query = `*[headline match $terms || film->title match $terms] | score(boost(headline match $terms, 3), film->title match $terms)[0...5]{_id, _score}`
    const params = { terms: ['zebra'] }
    expect(lake(index, query, params)).toEqual([])
    const story = index.get('story-3')
    if (story === undefined) throw new Error('fixture lost story-3')
    // A draft is not searchable anonymously.
    index.put({ ...story, _id: 'drafts.story-3', headline: 'zebra zebra' })
    expect(lake(index, query, params)).toEqual([])
    // Publish: the published document takes the new text.
    index.put({ ...story, headline: 'zebra zebra' })
    index.remove('drafts.story-3')
    expect(lake(index, query, params)).toEqual([{ _id: 'story-3', _score: expect.any(Number) }])
    // A film renamed: stories referencing it match through film->title.
    const film = index.get('film-2')
    if (film === undefined) throw new Error('fixture lost film-2')
    index.put({ ...film, title: 'Zebra' })
    const afterRename = lake(index, query, params)
    const all = [...index.all()]
    expect(afterRename).toEqual(plain(all, query, params))
    expect(Array.isArray(afterRename) && afterRename.length > 1).toBe(true)
    // Patch the headline away, delete the film: nothing matches again.
    index.put({ ...story, headline: 'plain' })
    index.remove('film-2')
    expect(lake(index, query, params)).toEqual([])
    expect(lake(index, query, params)).toEqual(plain([...index.all()], query, params))
  })

  test('random edits keep the index in step with groq-js', () => {
    const next = random(6)
    const docs = fixture(next)
    const index = new DocumentIndex(docs)
    const params = { terms: searchTerms('ghost river') }
    for (let round = 0; round < 40; round++) {
      const id = `story-${Math.floor(next() * 160)}`
      const current = index.get(id)
      if (current && next() < 0.3) index.remove(id)
      else if (current) index.put({ ...current, headline: text(next, 3), body: [block(next, 0)] })
      else
        index.put({
          _id: id,
          _type: 'review',
          headline: text(next, 2),
          slug: { current: id },
          publishedAt: '2024-01-01',
        })
      if (round % 5 === 0) {
        const all = [...index.all()]
        expect(lake(index, searchQuery.query, params)).toEqual(plain(all, searchQuery.query, params))
      }
    }
  })

  test('when the condition rejects most well-scored documents, the rest is left to groq-js: same results', () => {
    const next = random(7)
    const docs: LakeDocument[] = Array.from({ length: 2500 }, (_, i) => ({
      _id: `doc-${i}`,
      _type: 'note',
      headline: text(next, 3),
      rating: Math.floor(next() * 1000),
    }))
    const index = new DocumentIndex(docs)
    for (const query of [
      '*[rating > 995] | score(headline match $terms) | order(_score desc, _id asc)[0...40]{_id, _score}',
      '*[rating > 5000] | score(headline match $terms)[0...3]._id',
      '*[rating < 500] | score(headline match $terms) | order(_score desc, rating asc)[0...40]{_id, _score}',
    ]) {
      const params = { terms: searchTerms('ghost river') }
      expect(lake(index, query, params), query).toEqual(plain(docs, query, params))
    }
  })
})
