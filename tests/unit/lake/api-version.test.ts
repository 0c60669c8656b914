import { describe, expect, it } from 'vitest'
import { isVersionAtLeast, parseApiVersion } from '#sanity/lake/http/api-version.ts'
import { HttpError } from '#sanity/lake/http/http-error.ts'

describe('parseApiVersion', () => {
  it.each([
    ['v1', '1'],
    ['vX', 'X'],
    ['v2025-02-19', '2025-02-19'],
    ['v2024-02-29', '2024-02-29'],
  ])('accepts %s', (segment, version) => {
    expect(parseApiVersion(segment)).toBe(version)
  })

  it.each(['v', 'v2', 'vx', 'v2025-2-19', 'v2025-02-30', 'v2023-02-29', 'v2025-13-01', 'v2025-02-19x'])(
    'rejects %s with a 400',
    (segment) => {
      expect(() => parseApiVersion(segment)).toThrow(HttpError)
      try {
        parseApiVersion(segment)
      } catch (error) {
        expect(error instanceof HttpError && error.statusCode).toBe(400)
      }
    },
  )
})

describe('isVersionAtLeast', () => {
  it('orders dates, treats X as newest and 1 as oldest', () => {
    expect(isVersionAtLeast('2025-02-19', '2025-02-19')).toBe(true)
    expect(isVersionAtLeast('2025-02-18', '2025-02-19')).toBe(false)
    expect(isVersionAtLeast('X', '2025-02-19')).toBe(true)
    expect(isVersionAtLeast('1', '2025-02-19')).toBe(false)
  })
})
