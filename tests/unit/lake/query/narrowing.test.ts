// Narrowed scans must return exactly what a full scan returns: random filters built from the patterns
// the planner narrows (and some it must not), run through the lake and through plain groq-js.
import { evaluateSync, parse, toJS } from 'groq-js'
import { describe, expect, test } from 'vitest'
import { DocumentIndex, type LakeDocument } from '#sanity/lake/query/document-index.ts'
import { planQuery } from '#sanity/lake/query/planner.ts'
import { runQuery } from '#sanity/lake/query/run-query.ts'

function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

function fixture(): LakeDocument[] {
  const docs: LakeDocument[] = []
  for (let i = 0; i < 6; i++) docs.push({ _id: `tag-${i}`, _type: 'tag', slug: { current: `t${i}` } })
  for (let i = 0; i < 8; i++) {
    docs.push({
      _id: `film-${i}`,
      _type: 'film',
      slug: { current: `f${i}` },
      rating: i % 5,
      franchise: { _ref: `fr-${i % 2}` },
    })
  }
  for (let i = 0; i < 20; i++) {
    docs.push({
      _id: i % 7 === 0 ? `drafts.review-${i}` : `review-${i}`,
      _type: i % 3 === 0 ? 'article' : 'review',
      slug: i % 9 === 0 ? [{ current: 'odd' }] : { current: i % 4 === 0 ? 'shared' : `r${i}` },
      film: { _type: 'reference', _ref: `film-${i % 8}` },
      tags: [
        { _ref: `tag-${i % 6}`, _key: 'a' },
        { _ref: `tag-${(i * 5) % 6}`, _key: 'b' },
      ],
      rating: i % 5,
      nested: { deep: [{ _ref: i % 2 ? 'film-1' : '', other: { _ref: 'film-7' } }] },
    })
  }
  docs.push({ _id: 'odd-1', _type: 'film', slug: { current: 3 }, _ref: 'film-2' })
  // Shallow references in odd places: a document with its own _ref, arrays of non-objects, numeric _refs.
  docs.push({
    _id: 'odd-2',
    _type: 'review',
    _ref: 'tag-2',
    film: { _ref: 'film-1' },
    tags: ['tag-2', { _ref: 3 }],
  })
  docs.push({ _id: 'odd-3', _type: 'review', film: [{ _ref: 'film-3' }], tags: { _ref: 'tag-2' } })
  return docs
}

const ATOMS = [
  '_type == "review"',
  '_type == "film"',
  '"article" == _type',
  '@._type in ["film", "tag"]',
  '_type in ["review", 3]',
  '_type == null',
  '_type == 3',
  '_id == "film-3"',
  '_id in ["review-4", "tag-2", "missing"]',
  'slug.current == "shared"',
  '@.slug.current in ["f1", "t2", "odd"]',
  'slug.current == 3',
  'references("film-1")',
  'references(["tag-2", "fr-1"])',
  'references("film-2", "film-7")',
  'references(null)',
  'rating > 2',
  'defined(film)',
  '_id in path("drafts.**")',
  'film._ref == "film-1"',
  '"film-3" == film._ref',
  'film._ref in ["film-2", "film-5", 4]',
  '"tag-2" in tags[]._ref',
  '3 in tags[]._ref',
  'nested._ref == "film-7"',
  '"film-7" in nested.deep[]._ref',
  '"fr-1" in franchise[]._ref',
]
const CORRELATED = [
  'references(^._id)',
  '_id == ^.film._ref',
  '_id in ^.tags[]._ref',
  '_type == ^._type',
  'references(^.tags[]._ref)',
  '_id in *[_type == "tag" && references(^.^._id)]._id',
  'references(*[_type == "film" && franchise._ref == ^.^.franchise._ref]._id)',
  '^._id in tags[]._ref',
  'film._ref == ^._id',
  'film._ref in *[_type == "film" && references(^.^._id)]._id',
  '(^._type == "film" && _type == "review")',
  '(^._id != "film-1" || references("film-2"))',
  '^.rating > 2',
]

function condition(next: () => number, atoms: readonly string[], depth = 0): string {
  const atom = () => atoms[Math.floor(next() * atoms.length)] ?? 'true'
  const roll = next()
  if (depth > 2 || roll < 0.4) return atom()
  if (roll < 0.65) return `${condition(next, atoms, depth + 1)} && ${condition(next, atoms, depth + 1)}`
  if (roll < 0.85) return `(${condition(next, atoms, depth + 1)} || ${condition(next, atoms, depth + 1)})`
  return `!(${condition(next, atoms, depth + 1)})`
}

function randomQuery(next: () => number): string {
  const plain = condition(next, ATOMS)
  const correlated = condition(next, [...ATOMS, ...CORRELATED, ...CORRELATED])
  const forms = [
    `*[${plain}]._id`,
    `*[${plain}] | order(_id desc) [0...3] {_id, "film": film->_id}`,
    `count(*[${plain}])`,
    `*[_type in ["film", "review"]]{_id, "matches": *[${correlated}]._id}`,
    `*[_type == "film"]{_id}[count(*[${correlated}]) > 1]{_id, "n": count(*[${correlated}])}`,
    `*[_type == "review"]{"inner": {"x": _id}{"y": *[${correlated}]._id}}`,
  ]
  return forms[Math.floor(next() * forms.length)] ?? forms[0] ?? ''
}

describe('scan narrowing', () => {
  test('gives the same results as evaluating without narrowing', () => {
    const docs = fixture()
    const index = new DocumentIndex(docs)
    const next = random(7)
    const mismatches: string[] = []
    let narrowed = 0
    for (let i = 0; i < 400; i++) {
      const query = randomQuery(next)
      const tree = parse(query)
      const expected = toJS(evaluateSync(tree, { dataset: docs }))
      const actual = runQuery(index, query, {}, { perspective: 'raw' })
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(query)
      if (planQuery(tree, index).narrowed > 0) narrowed++
    }
    expect(mismatches).toEqual([])
    // The random queries exercise narrowing, not only the fallback.
    expect(narrowed).toBeGreaterThan(200)
  })

  test('narrows the article query patterns', () => {
    const index = new DocumentIndex(fixture())
    const narrowedCount = (query: string) =>
      planQuery(parse(query, { params: { slug: 'x' } }), index).narrowed
    expect(narrowedCount('*[_type == "review" && slug.current == $slug][0]')).toBe(1)
    expect(narrowedCount('*[_type == "film"]{"reviews": *[references(^._id)]}')).toBe(2)
    expect(narrowedCount('*[rating > 2 || _type == "film"]')).toBe(0)
    expect(narrowedCount('*[!(_type == "film")]')).toBe(0)
  })

  test('reads only the candidate documents', () => {
    const docs = fixture()
    const index = new DocumentIndex(docs)
    const tree = parse('*[_type == "review" && references(^.x)]')
    const plan = planQuery(tree, index)
    const result = toJS(
      evaluateSync(plan.tree, { dataset: docs, root: { x: 'film-1' }, dereference: plan.dereference }),
    )
    // With the root's film-1 as the key, only documents referencing film-1 are candidates.
    expect(result).toEqual(toJS(evaluateSync(tree, { dataset: docs, root: { x: 'film-1' } })))
    expect(Array.isArray(result) && result.length).toBeGreaterThan(0)
  })
})
