// The Studio's sign-in as a browser walks it: providers -> the lake's sign-in page -> `#sid=` -> /auth/fetch.
import { get } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestLake, type TestLake } from './lake-fixture.ts'

let lake: TestLake
const STUDIO = 'http://localhost:3000/studio'

beforeAll(async () => {
  lake = await startTestLake({ token: 'sign-in-test-token' })
})

afterAll(async () => {
  await lake.stop()
})

function postForm(fields: Record<string, string>): Promise<Response> {
  return fetch(`${lake.lake.url}/auth/login`, {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  })
}

async function signIn(token: string): Promise<string> {
  const response = await postForm({ origin: STUDIO, token })
  expect(response.status).toBe(303)
  const location = response.headers.get('location') ?? ''
  const match = /#sid=([A-Za-z0-9_-]{20,})$/.exec(location)
  expect(match, location).not.toBeNull()
  return match?.[1] ?? ''
}

describe('providers', () => {
  it('lists the lake sign-in page, on the host the Studio called without the project prefix', async () => {
    // fetch may not set Host; node:http may.
    const body = await new Promise<unknown>((resolve, reject) => {
      const request = get(
        `${lake.lake.url}/v2026-05-04/auth/providers`,
        { headers: { host: `local.localhost:${lake.lake.port}` } },
        (response) => {
          let text = ''
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString()
          })
          response.on('end', () => resolve(response.statusCode === 200 ? JSON.parse(text) : text))
        },
      )
      request.once('error', reject)
    })
    expect(body).toEqual({
      thirdPartyLogin: false,
      sso: {},
      providers: [
        {
          name: 'marquee-lake',
          title: 'Sign in to the Marquee lake',
          url: `http://localhost:${lake.lake.port}/auth/login`,
        },
      ],
    })
  })
})

describe('the sign-in page', () => {
  it('shows a token form that returns to the Studio', async () => {
    const response = await fetch(
      `${lake.lake.url}/auth/login?origin=${encodeURIComponent(STUDIO)}&projectId=local&withSid=true`,
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    const html = await response.text()
    expect(html).toContain('<input id="token" name="token" type="password"')
    expect(html).toContain(`name="origin" value="${STUDIO}"`)
  })

  it.each([['javascript:alert(1)'], ['data:text/html,hi'], ['not a url']])(
    'refuses to return to %s',
    async (origin) => {
      const page = await fetch(`${lake.lake.url}/auth/login?origin=${encodeURIComponent(origin)}`)
      expect(page.status).toBe(400)
      expect(await page.text()).not.toContain('name="token"')
      const post = await postForm({ origin, token: 'sign-in-test-token' })
      expect(post.status).toBe(400)
      expect(post.headers.get('location')).toBeNull()
    },
  )

  it('shows the form again with a message for a wrong token (401), and issues nothing', async () => {
    const response = await postForm({ origin: STUDIO, token: 'wrong' })
    expect(response.status).toBe(401)
    expect(response.headers.get('location')).toBeNull()
    const html = await response.text()
    expect(html).toContain('role="alert"')
    expect(html).toContain('not valid for this lake')
    expect(html).toContain('name="token"')
  })

  it('escapes what it echoes back', async () => {
    const origin = 'http://localhost:3000/studio?"><script>alert(1)</script>'
    const html = await (
      await fetch(`${lake.lake.url}/auth/login?origin=${encodeURIComponent(origin)}`)
    ).text()
    expect(html).not.toContain('<script>')
  })
})

describe('the session id exchange', () => {
  it('redirects to the Studio with a one-time sid that /auth/fetch trades for the token once', async () => {
    const sid = await signIn('sign-in-test-token')
    const exchange = await lake.request(`/v2026-05-04/auth/fetch?sid=${sid}`, { auth: false })
    expect(exchange).toMatchObject({ status: 200, body: { token: 'sign-in-test-token' } })
    const replay = await lake.request(`/v2026-05-04/auth/fetch?sid=${sid}`, { auth: false })
    expect(replay.status).toBe(401)
    expect(replay.body).toMatchObject({ error: 'Unauthorized', statusCode: 401 })
  })

  it('refuses unknown and missing session ids in Sanity shape', async () => {
    const unknown = await lake.request('/v2026-05-04/auth/fetch?sid=abcdefghijklmnopqrstuvwxyz', {
      auth: false,
    })
    expect(unknown.status).toBe(401)
    expect((await lake.request('/v2026-05-04/auth/fetch', { auth: false })).status).toBe(401)
  })

  it('the exchanged token signs the Studio in', async () => {
    const sid = await signIn('sign-in-test-token')
    const { body } = await lake.request(`/v2026-05-04/auth/fetch?sid=${sid}`, { auth: false })
    const token = typeof body === 'object' && body !== null && 'token' in body ? String(body.token) : ''
    const me = await lake.request('/v2026-05-04/users/me', {
      auth: false,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(me).toMatchObject({ status: 200, body: { id: 'lake-admin', role: 'administrator' } })
  })

  it('accepts a logout without harm', async () => {
    const { status } = await lake.request('/v2026-05-04/auth/logout', { method: 'POST' })
    expect(status).toBe(200)
    expect((await lake.request('/v2026-05-04/users/me')).status).toBe(200)
  })
})
