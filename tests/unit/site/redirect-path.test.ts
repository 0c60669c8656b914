// Where draft mode may redirect: same-site paths only.
import { describe, expect, it } from 'vitest'
import { safeRedirectPath } from '#lib/draft/redirect-path.ts'

describe('safeRedirectPath', () => {
  it.each([
    ['/', '/'],
    ['/reviews/dune-part-two', '/reviews/dune-part-two'],
    ['/search?q=dune#results', '/search?q=dune#results'],
    ['/reviews/../films/dune', '/films/dune'],
    ['/%2F%2Fevil.test', '/%2F%2Fevil.test'],
  ])('keeps %j as %j', (raw, expected) => {
    expect(safeRedirectPath(raw)).toBe(expected)
  })

  it.each([
    '',
    'reviews/dune',
    '//evil.test',
    '//evil.test/reviews',
    '/\\evil.test',
    '\\\\evil.test',
    '/.//evil.test',
    '/..//evil.test',
    '/\t/evil.test',
    '/\n/evil.test',
    'https://evil.test/',
    'http:evil.test',
    'javascript:alert(1)',
    ' /reviews',
    `/${'a'.repeat(2048)}`,
  ])('refuses %j', (raw) => {
    expect(safeRedirectPath(raw)).toBeUndefined()
  })
})
