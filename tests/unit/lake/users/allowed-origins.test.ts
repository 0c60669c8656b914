import { describe, expect, it } from 'vitest'
import { LakeConfigError, studioOrigins } from '#sanity/lake/commands/environment.ts'
import { InvalidOriginError, normalizeOrigin, StudioOrigins } from '#sanity/lake/users/allowed-origins.ts'

describe('StudioOrigins', () => {
  const origins = new StudioOrigins(['http://localhost:3000', 'https://studio.example.com'])

  it('allows exactly the configured origins', () => {
    expect(origins.allows('http://localhost:3000')).toBe(true)
    expect(origins.allows('https://studio.example.com')).toBe(true)
    expect(origins.allows('https://studio.example.com:443')).toBe(true)
    expect(origins.allows('HTTPS://STUDIO.EXAMPLE.COM')).toBe(true)
  })

  it('allows the other loopback spellings of a loopback origin, on the same port only', () => {
    expect(origins.allows('http://127.0.0.1:3000')).toBe(true)
    expect(origins.allows('http://[::1]:3000')).toBe(true)
    expect(origins.allows('http://localhost:3001')).toBe(false)
    expect(origins.allows('https://localhost:3000')).toBe(false)
  })

  it.each([
    'https://evil.example',
    'http://studio.example.com',
    'https://studio.example.com.evil.example',
    'null',
    '',
    undefined,
    'javascript:alert(1)',
  ])('refuses %s', (origin) => {
    expect(origins.allows(origin)).toBe(false)
  })

  it('refuses configured entries that are not origins', () => {
    expect(() => new StudioOrigins(['http://localhost:3000/studio'])).toThrow(InvalidOriginError)
    expect(() => new StudioOrigins(['*'])).toThrow(InvalidOriginError)
    expect(() => new StudioOrigins(['ftp://x'])).toThrow(InvalidOriginError)
    expect(normalizeOrigin('http://user:pw@localhost:3000')).toBeUndefined()
  })
})

describe('the CLI environment', () => {
  it('takes LAKE_CORS_ORIGINS when set', () => {
    expect(studioOrigins({ LAKE_CORS_ORIGINS: ' http://a.test , https://b.test:8443,' })).toEqual([
      'http://a.test',
      'https://b.test:8443',
    ])
    expect(() => studioOrigins({ LAKE_CORS_ORIGINS: 'http://a.test,*' })).toThrow(LakeConfigError)
  })

  it("defaults to the site's origin", () => {
    expect(studioOrigins({ NEXT_PUBLIC_SITE_URL: 'https://marquee.example/x' })).toEqual([
      'https://marquee.example',
    ])
    expect(studioOrigins({ PORT: '3100' })).toEqual(['http://localhost:3100'])
    expect(studioOrigins({})).toEqual(['http://localhost:3000'])
  })
})
