import { describe, expect, it } from 'vitest'
import { GroqQueryError } from '#sanity/lake/query/query-error.ts'
import { checkQueryLimits, MAX_QUERY_TOKENS, measureQuery } from '#sanity/lake/query/query-limits.ts'
import { isHeavyQuery } from '#sanity/lake/query-pool/cost-estimate.ts'

describe('measureQuery', () => {
  it('counts `*` scans apart from multiplication', () => {
    expect(measureQuery('*[_type == "a"]{"n": count(*[references(^._id)])}').scans).toBe(2)
    expect(measureQuery('*[price * 2 > 10]{"x": a * b}').scans).toBe(1)
    expect(measureQuery('(*)[0]').scans).toBe(1)
  })

  it('reads strings and comments as single tokens, brackets inside them included', () => {
    const shape = measureQuery('*[title == "(((( [[[ *"] // ((((\n{title}')
    expect(shape).toMatchObject({ scans: 1, nesting: 1, longestString: 10 })
    expect(shape.tokens).toBe(9)
  })

  it('counts prefix operators inside brackets as nesting', () => {
    expect(measureQuery('!!!(!!(1))').nesting).toBe(7)
    expect(measureQuery('-1 - -1').nesting).toBe(1)
  })
})

describe('checkQueryLimits', () => {
  it('refuses too many tokens with a GroqQueryError, accepts the limit', () => {
    const terms = (n: number) => Array.from({ length: n }, () => '1').join('+')
    expect(() => checkQueryLimits(terms((MAX_QUERY_TOKENS + 1) / 2))).not.toThrow()
    expect(() => checkQueryLimits(terms(MAX_QUERY_TOKENS))).toThrow(GroqQueryError)
  })
})

describe('isHeavyQuery', () => {
  it('calls nested scans, long literals and large parameters heavy', () => {
    expect(isHeavyQuery(measureQuery('*[_type == "film"][0]'), {})).toBe(false)
    expect(isHeavyQuery(measureQuery('*{"x": *}'), {})).toBe(true)
    expect(isHeavyQuery(measureQuery(`*[title match "${'a'.repeat(2000)}"]`), {})).toBe(true)
    expect(isHeavyQuery(measureQuery('*[title match $q]'), { q: 'a'.repeat(2000) })).toBe(true)
  })
})
