import { describe, expect, it } from 'vitest'
import {
  assertRequestNesting,
  DOCUMENT_LIMITS,
  documentLimitViolation,
} from '../../../sanity/lake/mutations/document-limits.ts'
import { MutationError } from '../../../sanity/lake/mutations/mutation-error.ts'
import {
  assertPatchPathsWithinArrays,
  longestArray,
  numericSelectors,
} from '../../../sanity/lake/mutations/patch-path-limits.ts'

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
    ).toThrow(/past the end/)
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
