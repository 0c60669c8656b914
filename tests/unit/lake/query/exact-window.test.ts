// `count(*[cond])` and `*[cond] | order(key)[a...b]` answered by the lake when the condition is exact
// (exact-condition.ts, ordered-window.ts): results must equal plain groq-js on every document, for
// three-valued logic, ties, keys that are not strings, deep slices, and after edits move documents.
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

const pick = <T>(next: () => number, items: readonly T[]): T | undefined =>
  items[Math.floor(next() * items.length)]

function fixture(next: () => number, keys: readonly unknown[], size = 300): LakeDocument[] {
  const docs: LakeDocument[] = [{ _id: 'section-a', _type: 'section', slug: { current: 'a' } }]
  for (let i = 0; i < size; i++) {
    const key = pick(next, keys)
    const doc: LakeDocument = {
      _id: `doc-${i}`,
      _type: pick(next, ['review', 'article', 'film']) ?? 'film',
      ...(key === undefined
        ? {}
        : { publishedAt: key, title: typeof key === 'string' ? key.toUpperCase() : key }),
    }
    if (next() < 0.8) doc.slug = next() < 0.9 ? { current: `s-${i}` } : { current: null }
    if (next() < 0.5) doc.section = next() < 0.9 ? { _ref: 'section-a' } : [{ _ref: 'section-a' }]
    if (next() < 0.3) doc.flag = pick(next, [true, false, null, 'yes', 1])
    if (next() < 0.3) doc.tags = [{ _ref: `tag-${Math.floor(next() * 3)}` }, 'loose']
    docs.push(doc)
  }
  return docs
}

const CONDITIONS = [
  '_type in ["review", "article"] && defined(slug.current)',
  'defined(publishedAt) && (section._ref == ^._id || (^.slug.current == "a" && _type == "review"))',
  '!(flag == true) && _type != "film"',
  '!flag || defined(tags)',
  '"tag-1" in tags[]._ref || flag',
  '_type == "review" && !(defined(slug.current) && flag == false)',
  'references("tag-2") && _type in ["article"]',
  'flag in [true, 1, "yes"]',
  'slug.current == null',
]

const ORDERS = [
  'publishedAt desc',
  'publishedAt asc',
  'lower(title) asc',
  'publishedAt desc, _id desc',
  'title',
]
const SLICES = ['[0...5]', '[3...9]', '[40...52]', '[0..0]', '[7]', '[250...400]', '[2...2]']

const STRING_KEYS = ['2024-01-01', '2024-01-02', 'b', 'B', 'a', '2023-12-31']
const MIXED_KEYS = [...STRING_KEYS, 3, null, true, undefined]

describe('exact conditions: counts and ordered slices', () => {
  for (const [name, keys] of [
    ['string keys with ties', STRING_KEYS],
    ['missing and non-string keys', MIXED_KEYS],
  ] as const) {
    test(`agree with groq-js: ${name}`, () => {
      const next = random(name.length * 7919)
      const index = new DocumentIndex(fixture(next, keys))
      const check = (query: string) => {
        const expected = toJS(evaluateSync(parse(query), { dataset: index.all() }))
        expect(runQuery(index, query, {}, { perspective: 'raw' }), query).toEqual(expected)
      }
      const outer = (inner: string) => `*[_type == "section" && slug.current == "a"][0]{"x": ${inner}}.x`
      for (let round = 0; round < 3; round++) {
        for (const condition of CONDITIONS) {
          check(outer(`count(*[${condition}])`))
          for (const order of ORDERS) {
            for (const slice of SLICES) check(outer(`*[${condition}] | order(${order})${slice}{_id}`))
          }
        }
        // Edits move documents in the order and in and out of the matches.
        for (let i = 0; i < 40; i++) {
          const id = `doc-${Math.floor(next() * 300)}`
          const doc = index.get(id)
          if (doc)
            index.put({ ...doc, publishedAt: pick(next, keys) ?? null, flag: pick(next, [true, false]) })
        }
      }
    })
  }

  test('agree with groq-js when the slice is found by walking the order index (many candidates)', () => {
    const next = random(17)
    const index = new DocumentIndex(fixture(next, STRING_KEYS, 9000))
    for (const condition of CONDITIONS.slice(0, 3)) {
      for (const order of ['publishedAt desc', 'lower(title) asc', 'publishedAt asc, _id desc']) {
        for (const slice of ['[0...12]', '[2990...3003]', '[4000]']) {
          const query = `*[_type == "section"][0]{"x": *[${condition}] | order(${order})${slice}{_id}}.x`
          // Deep slices come from a remembered order: again after an edit that moves a document in it.
          for (const edit of [false, true]) {
            if (edit)
              index.put({
                _id: `doc-${slice.length}`,
                _type: 'review',
                slug: { current: 'x' },
                publishedAt: 'c',
                title: 'C',
              })
            const expected = toJS(evaluateSync(parse(query), { dataset: index.all() }))
            expect(runQuery(index, query, {}, { perspective: 'raw' }), query).toEqual(expected)
          }
        }
      }
    }
  })

  test('the lake counts and slices itself when it can', () => {
    const query = `{
      "n": count(*[_type == "review" && defined(slug.current)]),
      "page": *[_type == "review"] | order(publishedAt desc)[10...20]
    }`
    const plan = JSON.stringify(planQuery(parse(query), new DocumentIndex([])).tree)
    expect(plan).toMatch(/lake:[0-9a-f-]+:c0/)
    expect(plan).toMatch(/lake:[0-9a-f-]+:w\d/)
    // A function the subset does not know leaves the condition to groq-js.
    const opaque = JSON.stringify(
      planQuery(parse('count(*[string(_id) == "x"])'), new DocumentIndex([])).tree,
    )
    expect(opaque).not.toMatch(/lake:[0-9a-f-]+:c\d/)
  })
})
