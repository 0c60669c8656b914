// The site's POST /api/revalidate, called as Next calls it (a real Request), with signatures made by
// @sanity/webhook; then end to end: the real lake delivers its signed webhook to the route, registered the
// way `npm start` registers it, and the route revalidates the tags of review, film and author changes.

import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { POST } from '#app/api/revalidate/route.ts'
import { createRevalidateHandler } from '#lib/revalidation/revalidate-handler.ts'
import { setTagRevalidator } from '#lib/revalidation/tag-revalidator.ts'
import { executeMutations } from '#sanity/lake/mutations/execute-mutations.ts'
import { type RunningLake, startLake } from '#sanity/lake/server.ts'
import { registerRevalidationWebhook } from '#scripts/revalidation-webhook.ts'

const SECRET = 'route-test-secret-0123456789'
const revalidated: string[] = []
let restoreRevalidator: () => void
const savedSecret = process.env.SANITY_REVALIDATE_SECRET

beforeAll(() => {
  restoreRevalidator = setTagRevalidator((tag) => revalidated.push(tag))
})
afterAll(() => {
  restoreRevalidator()
  if (savedSecret === undefined) delete process.env.SANITY_REVALIDATE_SECRET
  else process.env.SANITY_REVALIDATE_SECRET = savedSecret
})
afterEach(() => {
  revalidated.length = 0
})

async function signedRequest(
  body: string,
  options: { secret?: string; timestamp?: number; header?: string | null } = {},
): Promise<Request> {
  const headers = new Headers({ 'content-type': 'application/json' })
  const header =
    options.header === undefined
      ? await encodeSignatureHeader(body, options.timestamp ?? Date.now(), options.secret ?? SECRET)
      : options.header
  if (header !== null) headers.set(SIGNATURE_HEADER_NAME, header)
  return new Request('http://site.test/api/revalidate', { method: 'POST', headers, body })
}

function portOf(server: Server): number {
  const address = server.address()
  if (typeof address !== 'object' || address === null) throw new Error('the test site is not listening')
  return address.port
}

const reviewBody = JSON.stringify({ _id: 'r1', _type: 'review', slugs: ['heat-review'], refs: [] })

describe('POST /api/revalidate', () => {
  it('accepts a valid signature and revalidates the change’s tags', async () => {
    process.env.SANITY_REVALIDATE_SECRET = SECRET
    const response = await POST(await signedRequest(reviewBody))
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ revalidated: true })
    expect(revalidated).toEqual(['doc:r1', 'feed', 'list:story', 'search', 'sitemap', 'story:heat-review'])
  })

  it('answers 401 and revalidates nothing for a tampered body, a wrong secret, a replay or no signature', async () => {
    process.env.SANITY_REVALIDATE_SECRET = SECRET
    const signedForOther = await signedRequest(reviewBody)
    const tampered = new Request(signedForOther.url, {
      method: 'POST',
      headers: signedForOther.headers,
      body: reviewBody.replace('heat-review', 'other-review'),
    })
    const cases = {
      tampered,
      wrongSecret: await signedRequest(reviewBody, { secret: 'not-the-secret-at-all-xyz' }),
      replayed: await signedRequest(reviewBody, { timestamp: Date.now() - 6 * 60 * 1000 }),
      fromTheFuture: await signedRequest(reviewBody, { timestamp: Date.now() + 6 * 60 * 1000 }),
      missing: await signedRequest(reviewBody, { header: null }),
      malformed: await signedRequest(reviewBody, { header: 't=abc,v1=' }),
    }
    for (const [name, request] of Object.entries(cases)) {
      const response = await POST(request)
      expect(response.status, name).toBe(401)
    }
    expect(revalidated).toEqual([])
  })

  it('still accepts a signature four minutes old (inside the replay window)', async () => {
    process.env.SANITY_REVALIDATE_SECRET = SECRET
    const response = await POST(await signedRequest(reviewBody, { timestamp: Date.now() - 4 * 60 * 1000 }))
    expect(response.status).toBe(200)
  })

  it('fails closed with 500 and a clear log line when the secret is not configured', async () => {
    delete process.env.SANITY_REVALIDATE_SECRET
    expect((await POST(await signedRequest(reviewBody))).status).toBe(500)
    const lines: string[] = []
    const handler = createRevalidateHandler({
      secret: () => '  ',
      revalidate: (tag) => revalidated.push(tag),
      now: () => Date.now(),
      log: (line) => lines.push(line),
    })
    expect((await handler(await signedRequest(reviewBody))).status).toBe(500)
    expect(lines.join('\n')).toContain('SANITY_REVALIDATE_SECRET is not set')
    expect(revalidated).toEqual([])
  })

  it('answers 400 to a signed body that is not a change notice', async () => {
    process.env.SANITY_REVALIDATE_SECRET = SECRET
    expect((await POST(await signedRequest('{"hello":"world"}'))).status).toBe(400)
    expect((await POST(await signedRequest('not json'))).status).toBe(400)
    expect(revalidated).toEqual([])
  })
})

describe('the lake’s webhook reaching the route', () => {
  let lake: RunningLake
  let site: Server
  let dataDir: string
  let handled = 0

  beforeAll(async () => {
    // The site: a plain node server handing each request to the route's POST, as Next would.
    site = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', async () => {
        const headers = new Headers()
        for (const [name, value] of Object.entries(req.headers))
          if (typeof value === 'string') headers.set(name, value)
        const response = await POST(
          new Request(`http://127.0.0.1${req.url ?? '/'}`, {
            method: req.method,
            headers,
            body: Buffer.concat(chunks),
          }),
        )
        handled++
        res.statusCode = response.status
        res.end(await response.text())
      })
    })
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
    const port = portOf(site)
    dataDir = mkdtempSync(join(tmpdir(), 'marquee-revalidate-'))
    lake = await startLake({ port: 0, dataDir, token: 'revalidate-root' })
    executeMutations(
      lake.store,
      'production',
      [
        {
          create: {
            _id: 'person-1',
            _type: 'person',
            name: 'Michael Mann',
            slug: { current: 'michael-mann' },
          },
        },
        {
          create: {
            _id: 'film-1',
            _type: 'film',
            title: 'Heat',
            slug: { current: 'heat' },
            directors: [{ _type: 'reference', _ref: 'person-1', _key: 'd1' }],
          },
        },
        { create: { _id: 'author-1', _type: 'author', name: 'A. Critic', slug: { current: 'a-critic' } } },
        {
          create: {
            _id: 'review-1',
            _type: 'review',
            headline: 'Heat, reviewed',
            slug: { current: 'heat-review' },
            publishedAt: '2026-01-01T00:00:00Z',
            film: { _type: 'reference', _ref: 'film-1' },
            authors: [{ _type: 'reference', _ref: 'author-1', _key: 'a1' }],
          },
        },
      ],
      { author: 'test' },
    )
    process.env.SANITY_REVALIDATE_SECRET = await registerRevalidationWebhook({
      lakeUrl: lake.url,
      token: 'revalidate-root',
      siteUrl: `http://127.0.0.1:${port}`,
      dataset: 'production',
    })
  })

  afterAll(async () => {
    await lake?.close()
    await new Promise<void>((resolve) => site?.close(() => resolve()))
    rmSync(dataDir, { recursive: true, force: true })
  })

  async function tagsAfter(mutations: unknown[]): Promise<string[]> {
    const before = handled
    revalidated.length = 0
    executeMutations(lake.store, 'production', mutations, { author: 'test' })
    const deadline = Date.now() + 10_000
    while (handled === before) {
      if (Date.now() > deadline) throw new Error('no webhook reached the route')
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    return [...revalidated].sort()
  }

  it('registers idempotently: a second start keeps the secret', async () => {
    const again = await registerRevalidationWebhook({
      lakeUrl: lake.url,
      token: 'revalidate-root',
      siteUrl: 'http://127.0.0.1:1',
      dataset: 'production',
    })
    expect(again).toBe(process.env.SANITY_REVALIDATE_SECRET)
    // Point it back at the test site.
    await registerRevalidationWebhook({
      lakeUrl: lake.url,
      token: 'revalidate-root',
      siteUrl: `http://127.0.0.1:${portOf(site)}`,
      dataset: 'production',
    })
  })

  it('a review’s headline change: its page, the story listings, feed and search', async () => {
    const tags = await tagsAfter([{ patch: { id: 'review-1', set: { headline: 'Heat, again' } } }])
    expect(tags).toEqual(['doc:review-1', 'feed', 'list:story', 'search', 'sitemap', 'story:heat-review'])
  })

  it('a review’s body-only change: its page (and search, sitemap) but no listing', async () => {
    const tags = await tagsAfter([{ patch: { id: 'review-1', set: { body: [] } } }])
    expect(tags).toEqual(['doc:review-1', 'search', 'sitemap', 'story:heat-review'])
  })

  it('a film’s change reaches its page and its reviews', async () => {
    const tags = await tagsAfter([{ patch: { id: 'film-1', set: { title: 'Heat (1995)' } } }])
    expect(tags).toEqual(
      expect.arrayContaining(['film:heat', 'list:film', 'story:heat-review', 'list:story']),
    )
    expect(tags).not.toContain('author:a-critic')
  })

  it('an author’s change reaches their stories', async () => {
    const tags = await tagsAfter([{ patch: { id: 'author-1', set: { name: 'B. Critic' } } }])
    expect(tags).toEqual(
      expect.arrayContaining(['author:a-critic', 'story:heat-review', 'list:story', 'feed']),
    )
    expect(tags).not.toContain('film:heat')
  })

  it('a person’s change reaches their films and, through them, the reviews', async () => {
    const tags = await tagsAfter([{ patch: { id: 'person-1', set: { name: 'M. Mann' } } }])
    expect(tags).toEqual(expect.arrayContaining(['person:michael-mann', 'film:heat', 'story:heat-review']))
  })

  it('a deleted review: its page, the listings, feed and sitemap', async () => {
    const tags = await tagsAfter([{ delete: { id: 'review-1' } }])
    expect(tags).toEqual(['doc:review-1', 'feed', 'list:story', 'search', 'sitemap', 'story:heat-review'])
  })

  it('a draft edit revalidates nothing (drafts are not on the site)', async () => {
    const before = handled
    executeMutations(
      lake.store,
      'production',
      [{ create: { _id: 'drafts.film-1', _type: 'film', title: 'Draft' } }],
      {
        author: 'test',
      },
    )
    await tagsAfter([{ patch: { id: 'author-1', set: { name: 'C. Critic' } } }])
    expect(handled).toBe(before + 1)
  })
})
