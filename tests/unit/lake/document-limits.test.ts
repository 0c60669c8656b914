import { describe, expect, it } from 'vitest'
import {
  assertRequestNesting,
  DOCUMENT_LIMITS,
  documentLimitViolation,
  TransactionLimits,
} from '#sanity/lake/mutations/document-limits.ts'
import { MutationError } from '#sanity/lake/mutations/mutation-error.ts'
import {
  assertPatchPathsWithinArrays,
  longestArray,
  numericSelectors,
} from '#sanity/lake/mutations/patch-path-limits.ts'

function deep(levels: number): unknown {
  let value: unknown = 1
  for (let i = 0; i < levels; i++) value = { a: value }
  return value
}

describe('documentLimitViolation', () => {
  it('passes a portable-text document', () => {
    const document = {
      _id: 'a',
      _type: 'story',
      body: [
        { _type: 'block', _key: 'k', children: [{ _type: 'span', _key: 's', text: 'hi', marks: ['em'] }] },
      ],
    }
    expect(documentLimitViolation(document)).toBeUndefined()
  })

  it('counts attribute depth without array levels, and all nesting separately', () => {
    expect(documentLimitViolation({ a: deep(19) })).toBeUndefined()
    expect(documentLimitViolation({ a: deep(20) })).toMatch(/nested deeper than 20/)
    let arrays: unknown = 1
    for (let i = 0; i < 100; i++) arrays = [arrays]
    expect(documentLimitViolation({ a: arrays })).toMatch(/nesting is deeper than 64/)
    expect(documentLimitViolation(deep(100_000))).toMatch(/deeper/)
  })

  it('counts distinct path and datatype pairs, not values', () => {
    const sameShape = { list: Array.from({ length: 5000 }, (_, i) => ({ n: i, s: 'x' })) }
    expect(documentLimitViolation(sameShape)).toBeUndefined()
    const fields = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`f${i}`, i]))
    expect(documentLimitViolation(fields)).toBeUndefined()
    expect(documentLimitViolation({ ...fields, extra: 1 })).toMatch(/more than 1000/)
    const twoTypes = {
      list: [1, 'a'],
      ...Object.fromEntries(Array.from({ length: 998 }, (_, i) => [`f${i}`, i])),
    }
    expect(documentLimitViolation(twoTypes)).toMatch(/more than 1000/)
  })

  it('stops at the size limit without serializing the document', () => {
    const big = 'x'.repeat(1_000_000)
    const shared = { items: Array.from({ length: 100_000 }, () => big) }
    expect(documentLimitViolation(shared)).toMatch(/larger than 32000000 bytes/)
    expect(documentLimitViolation({ s: 'é'.repeat(10) }, { ...DOCUMENT_LIMITS, maxBytes: 26 })).toMatch(
      /larger/,
    )
    expect(
      documentLimitViolation({ s: 'é'.repeat(10) }, { ...DOCUMENT_LIMITS, maxBytes: 28 }),
    ).toBeUndefined()
  })
})

describe('TransactionLimits', () => {
  it('sums the bytes a transaction writes and refuses the mutation that passes the total', () => {
    const document = { _id: 'd', text: 'x'.repeat(98) }
    const size = Buffer.byteLength(JSON.stringify(document))
    const limits = new TransactionLimits(DOCUMENT_LIMITS, size * 3)
    for (const index of [0, 1, 2]) expect(() => limits.check(document, index)).not.toThrow()
    let failure: unknown
    try {
      limits.check(document, 3)
    } catch (error) {
      failure = error
    }
    expect(failure).toBeInstanceOf(MutationError)
    expect(failure).toMatchObject({ statusCode: 400, index: 3, item: { description: /more than \d+ bytes/ } })
  })

  it('names the document and the limit it breaks', () => {
    const document = { _id: 'deep', a: { b: 1 } }
    expect(() => new TransactionLimits().check(document, 0)).not.toThrow()
    expect(() => new TransactionLimits({ ...DOCUMENT_LIMITS, maxDepth: 1 }).check(document, 0)).toThrow(
      /Document "deep" exceeds the lake's limits: attributes are nested deeper than 1 levels/,
    )
  })
})

describe('patch paths', () => {
  it('finds indices and ranges in brackets, not in constraints or quoted keys', () => {
    expect(numericSelectors('arr[10]')).toEqual([{ kind: 'index', bounds: [10] }])
    expect(numericSelectors('a[1:3, 7].b[-2]')).toEqual([
      { kind: 'range', bounds: [1, 3] },
      { kind: 'index', bounds: [7] },
      { kind: 'index', bounds: [-2] },
    ])
    expect(numericSelectors('arr[:]')).toEqual([{ kind: 'range', bounds: [0] }])
    expect(numericSelectors('arr[_key=="5000"].n[n > 5000]')).toEqual([])
  })

  it('refuses indices past the longest array, and ranges that would copy too much', () => {
    const document = { _id: 'd', list: [1, 2, 3], nested: { deeper: [[1, 2, 3, 4, 5, 6]] } }
    expect(longestArray(document)).toBe(6)
    expect(() => assertPatchPathsWithinArrays(document, { set: { 'list[6]': 1 } }, 0)).not.toThrow()
    expect(() => assertPatchPathsWithinArrays(document, { set: { 'list[7]': 1 } }, 0)).toThrow(MutationError)
    expect(() =>
      assertPatchPathsWithinArrays(document, { insert: { before: 'list[-7]', items: [] } }, 2),
    ).not.toThrow()
    expect(() =>
      assertPatchPathsWithinArrays(document, { insert: { before: 'list[-8]', items: [] } }, 2),
    ).toThrow(/past the end/)
    expect(() =>
      assertPatchPathsWithinArrays({ _id: 'e' }, { insert: { after: 'authors[-1]', items: [] } }, 0),
    ).not.toThrow()
    const long = { _id: 'l', list: Array.from({ length: 10_000 }, () => 0) }
    expect(() => assertPatchPathsWithinArrays(long, { unset: ['list[0:10]'] }, 0)).not.toThrow()
    expect(() => assertPatchPathsWithinArrays(long, { unset: ['list[:]'] }, 0)).toThrow(/too many items/)
  })
})

describe('assertRequestNesting', () => {
  it('refuses a body nested past the limit without recursing', () => {
    expect(() => assertRequestNesting(deep(50))).not.toThrow()
    expect(() => assertRequestNesting(deep(100_000))).toThrow(/deeper than 96/)
  })
})
