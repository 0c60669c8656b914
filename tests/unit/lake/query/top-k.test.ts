// `*[cond] | order(attr)[a...b]` reads a prefix of the candidates in `attr` order (sorted-keys.ts): results
// must equal plain groq-js on every document, whatever the key values (ties, numbers, null, missing), and
// stay equal after edits move documents in the order.
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

const DATES = ['2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z', '2023-05-06T10:00:00Z', '2025-02-03', 'b']

function keyValue(next: () => number): unknown {
  const roll = next()
  if (roll < 0.55) return DATES[Math.floor(next() * DATES.length)]
  if (roll < 0.7) return `2020-0${1 + Math.floor(next() * 9)}-01T00:00:00Z`
  if (roll < 0.78) return Math.floor(next() * 5)
  if (roll < 0.84) return null
  if (roll < 0.88) return next() < 0.5
  if (roll < 0.92) return { nested: 1 }
  return undefined
}

function fixture(next: () => number): LakeDocument[] {
  const docs: LakeDocument[] = []
  for (let i = 0; i < 5; i++) docs.push({ _id: `tag-${i}`, _type: 'tag', title: `t${i}` })
  for (let i = 0; i < 120; i++) {
    const publishedAt = keyValue(next)
    docs.push({
      _id: `story-${i}`,
      _type: next() < 0.5 ? 'review' : 'article',
      ...(publishedAt === undefined ? {} : { publishedAt }),
      title: keyValue(next),
      slug: next() < 0.9 ? { current: `s${i}` } : undefined,
      rating: Math.floor(next() * 4),
      tags: [{ _key: 'a', _ref: `tag-${Math.floor(next() * 5)}` }],
    })
  }
  return docs
}

const CONDITIONS = [
  '_type in ["review", "article"]',
  '_type == "review" && rating > 1',
  'defined(slug.current)',
  'rating == 3',
  'references("tag-2")',
  '_type in ["review", "article"] && defined(publishedAt)',
  'true',
  'rating > 10',
]
const ORDERS = [
  'publishedAt desc',
  'publishedAt asc',
  'publishedAt',
  'publishedAt desc, _id asc',
  'publishedAt asc, _id desc',
  'publishedAt desc, rating asc, _id asc',
  'title desc, rating asc',
  'title',
  '@.publishedAt desc',
]
const SLICES = ['[0]', '[3]', '[0...3]', '[2...7]', '[0..4]', '[0...40]', '[0...500]', '[-1]', '[1...-1]']

function randomQuery(next: () => number): string {
  const pick = (items: readonly string[]) => items[Math.floor(next() * items.length)] ?? ''
  const inner = `*[${pick(CONDITIONS)}] | order(${pick(ORDERS)})${pick(SLICES)}`
  const forms = [
    `${inner}{_id, publishedAt}`,
    `(*[${pick(CONDITIONS)}] | order(${pick(ORDERS)}))${pick(SLICES)}._id`,
    `*[_type == "tag"]{_id, "top": *[references(^._id)] | order(${pick(ORDERS)})${pick(SLICES)}._id}`,
    `*[_type == "tag"][0...2]{"top": *[${pick(CONDITIONS)} && rating != ^.title] | order(${pick(ORDERS)})${pick(SLICES)}{_id}}`,
  ]
  return pick(forms)
}

describe('top-k over a sorted key', () => {
  test('gives the same results as plain groq-js, before and after edits', () => {
    const next = random(11)
    const index = new DocumentIndex(fixture(next))
    const mismatches: string[] = []
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 400; i++) {
        const query = randomQuery(next)
        const expected = toJS(evaluateSync(parse(query), { dataset: [...index.all()] }))
        const actual = runQuery(index, query, {}, { perspective: 'raw' })
        if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(`round ${round}: ${query}`)
      }
      // Edits move documents in the order, add and remove some.
      for (let i = 0; i < 30; i++) {
        const id = `story-${Math.floor(next() * 130)}`
        const existing = index.get(id)
        if (existing && next() < 0.2) index.remove(id)
        else {
          const publishedAt = keyValue(next)
          const { publishedAt: _, ...rest } = existing ?? { _id: id, _type: 'article', rating: 1 }
          index.put({ ...rest, ...(publishedAt === undefined ? {} : { publishedAt }), title: keyValue(next) })
        }
      }
    }
    expect(mismatches).toEqual([])
  })

  test('keeps a whole tie group, so a later key decides among equals', () => {
    // Inserted in reverse _id order: the smallest _id is the first document, far from the prefix's end.
    const docs: LakeDocument[] = Array.from({ length: 60 }, (_, i) => ({
      _id: `story-${String(i).padStart(2, '0')}`,
      _type: 'article',
      publishedAt: i < 50 ? '2024-01-01T00:00:00Z' : '2023-01-01T00:00:00Z',
    }))
    const index = new DocumentIndex(docs.reverse())
    for (const query of [
      '*[_type == "article"] | order(publishedAt desc, _id asc)[0]._id',
      '*[_type == "article"] | order(publishedAt desc, _id desc)[0...2]._id',
      '*[_type == "article"] | order(publishedAt asc, _id desc)[0...2]._id',
    ]) {
      const expected = toJS(evaluateSync(parse(query), { dataset: [...index.all()] }))
      expect(runQuery(index, query, {}, { perspective: 'raw' })).toEqual(expected)
    }
  })

  test('hands groq-js a prefix, not every candidate', () => {
    const docs: LakeDocument[] = Array.from({ length: 2000 }, (_, i) => ({
      _id: `story-${i}`,
      _type: 'article',
      publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
    }))
    const index = new DocumentIndex(docs)
    const tree = parse('*[_type == "article"] | order(publishedAt desc)[0...3]._id')
    const plan = planQuery(tree, index)
    const handed: number[] = []
    const result = evaluateSync(plan.tree, {
      dataset: docs,
      dereference: (ref) => {
        const value = plan.dereference(ref)
        if (value && typeof value === 'object' && 'items' in value && Array.isArray(value.items))
          handed.push(value.items.length)
        return value
      },
    })
    expect(toJS(result)).toEqual(['story-1999', 'story-1998', 'story-1997'])
    expect(handed.length).toBeGreaterThan(0)
    expect(Math.max(...handed)).toBeLessThan(20)
  })
})
