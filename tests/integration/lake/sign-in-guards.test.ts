// What keeps tokens from leaving for other origins: the sign-in redirect and CORS answer only the
// configured Studio origins, and repeated bad tokens from one address are slowed down.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningLake, startLake } from '#sanity/lake/server.ts'
import { UserDirectory } from '#sanity/lake/users/user-directory.ts'
import { startTestLake, type TestLake } from './lake-fixture.ts'

const STUDIO_ORIGIN = 'http://localhost:3456'

function postForm(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${url}/auth/login`, {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  })
}

describe('allowed Studio origins', () => {
  let lake: RunningLake
  let personalToken: string

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'marquee-lake-origins-'))
    lake = await startLake({ port: 0, dataDir, token: 'origins-root', corsOrigins: [STUDIO_ORIGIN] })
    const directory = UserDirectory.open(dataDir)
    directory.addUser({ id: 'ed', name: 'Ed Itor', email: 'ed@example.com', role: 'editor' })
    personalToken = directory.createToken('ed').token
    directory.close()
  })

  afterAll(async () => {
    await lake.close()
  })

  it.each(['https://evil.example/studio', 'http://localhost:3000/studio', 'http://localhost:3457/studio'])(
    'refuses to send a sign-in to %s (400, no form, no redirect)',
    async (returnUrl) => {
      const page = await fetch(`${lake.url}/auth/login?origin=${encodeURIComponent(returnUrl)}`)
      expect(page.status).toBe(400)
      const html = await page.text()
      expect(html).toContain('not an allowed Studio address')
      expect(html).not.toContain('name="token"')
      const post = await postForm(lake.url, { origin: returnUrl, token: 'origins-root' })
      expect(post.status).toBe(400)
      expect(post.headers.get('location')).toBeNull()
    },
  )

  it('signs a personal token in on an allowed origin (and its loopback alias), as that user', async () => {
    for (const studio of [`${STUDIO_ORIGIN}/studio`, 'http://127.0.0.1:3456/studio']) {
      expect((await fetch(`${lake.url}/auth/login?origin=${encodeURIComponent(studio)}`)).status).toBe(200)
      const post = await postForm(lake.url, { origin: studio, token: personalToken })
      expect(post.status).toBe(303)
      const location = post.headers.get('location') ?? ''
      expect(location.startsWith(`${studio}#sid=`)).toBe(true)
      const sid = new URL(location).hash.slice('#sid='.length)
      const exchange = await fetch(`${lake.url}/v2026-05-04/auth/fetch?sid=${sid}`)
      expect(await exchange.json()).toEqual({ token: personalToken })
    }
    const me = await fetch(`${lake.url}/v2026-05-04/users/me`, {
      headers: { authorization: `Bearer ${personalToken}` },
    })
    expect(await me.json()).toMatchObject({ id: 'ed', name: 'Ed Itor', role: 'editor' })
  })

  it('sends CORS headers to allowed origins only', async () => {
    const allowed = await fetch(`${lake.url}/health`, { headers: { origin: STUDIO_ORIGIN } })
    expect(allowed.headers.get('access-control-allow-origin')).toBe(STUDIO_ORIGIN)
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true')
    for (const origin of ['https://evil.example', 'http://localhost:3000', 'null']) {
      const other = await fetch(`${lake.url}/health`, { headers: { origin } })
      expect(other.status).toBe(200)
      expect(other.headers.get('access-control-allow-origin')).toBeNull()
      expect(other.headers.get('access-control-allow-credentials')).toBeNull()
      expect(other.headers.get('vary')).toContain('Origin')
    }
  })

  it('answers preflights from other origins with 403 and no CORS headers', async () => {
    const preflight = (origin: string) =>
      fetch(`${lake.url}/v2025-02-19/data/query/production`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      })
    const evil = await preflight('https://evil.example')
    expect(evil.status).toBe(403)
    expect(evil.headers.get('access-control-allow-origin')).toBeNull()
    expect(evil.headers.get('access-control-allow-headers')).toBeNull()
    expect(await evil.json()).toMatchObject({ error: 'Forbidden', statusCode: 403 })
    const studio = await preflight(STUDIO_ORIGIN)
    expect(studio.status).toBe(204)
    expect(studio.headers.get('access-control-allow-origin')).toBe(STUDIO_ORIGIN)
  })

  it('refuses to start with an origin that is not one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'marquee-lake-origins-'))
    await expect(startLake({ port: 0, dataDir, corsOrigins: ['*'] })).rejects.toThrow(
      /not an http\(s\) origin/,
    )
  })
})

describe('throttling failed sign-ins', () => {
  let t: TestLake
  const studio = 'http://localhost:3000/studio'

  beforeAll(async () => {
    t = await startTestLake({ token: 'throttle-root' })
  })

  afterAll(async () => {
    await t.stop()
  })

  it('answers 429 with Retry-After after five failures, even for the right token', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await postForm(t.lake.url, { origin: studio, token: `wrong-${attempt}` })).status).toBe(401)
    }
    const blocked = await postForm(t.lake.url, { origin: studio, token: 'throttle-root' })
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(await blocked.text()).toContain('Too many failed sign-ins')
    const api = await t.request('/v2026-05-04/users/me', {
      auth: false,
      headers: { authorization: 'Bearer throttle-root' },
    })
    expect(api.status).toBe(429)
    expect(api.body).toMatchObject({ error: 'Too Many Requests', statusCode: 429 })
    expect(api.headers.get('retry-after')).not.toBeNull()
    // Anonymous reads are not token attempts: they go on.
    expect((await t.request('/health', { auth: false })).status).toBe(200)
  })

  it('lets the right token in once the wait is over, which clears the count', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const response = await postForm(t.lake.url, { origin: studio, token: 'throttle-root' })
    expect(response.status).toBe(303)
  })

  it('counts bad bearer tokens on the API as failures too, from a clean count after that success', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await t.request('/v2025-02-19/data/query/production?query=1', {
        auth: false,
        headers: { authorization: `Bearer wrong-${attempt}` },
      })
      expect(response.status).toBe(401)
    }
    expect((await t.request('/v2025-02-19/data/query/production?query=1')).status).toBe(429)
  })
})
