// The edge cache on the production build. Headers per page type from `next start` (the shared e2e site), then
// a real varnishd (started here on a free port with the repo's VCL) in front of a second `next start` on the
// same build, which purges that Varnish on publish (VARNISH_PURGE_URL) and gets the lake's webhook under a
// second name. A publish purges exactly the pages whose keys it touched; draft mode is never cached.
// Skips, saying so, only when varnishd is missing (CI installs it: .ci/run).
import type { SanityClient } from '@sanity/client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { REVALIDATE_WEBHOOK_FILTER, REVALIDATE_WEBHOOK_PROJECTION } from '#lib/cache-tags.ts'
import { PUBLIC_PAGE_CACHE_CONTROL } from '#lib/edge-cache/response-policy.ts'
import { surrogateKeysForPath } from '#lib/edge-cache/surrogate-keys.ts'
import { findVarnishd, type RunningVarnish, startVarnish } from '#scripts/lib/varnish-process.ts'
import { lakeClient } from './lake-client.ts'
import { BIN, freePort, HOST, type NextServer, startNextServer } from './next-server.ts'

const EDGE_HOOK = 'marquee-revalidate-edge-test'
const VISIBLE_WITHIN_MS = 15_000
const REVIEW = '/reviews/john-wick-chapter-4'
// No document references this review, so a page-only change of it touches its own keys alone (plus the
// sitemap and search): no listing, no other story.
const PUBLISHED_ID = 'review-past-lives'
const PUBLISHED = '/reviews/past-lives'

const varnishd = findVarnishd()
if (!varnishd)
  console.warn(
    'edge-cache.test.ts: Varnish part SKIPPED, varnishd is not installed (apt-get install varnish varnish-modules)',
  )

interface Answer {
  status: number
  headers: Headers
  text: string
}

async function fetchFrom(
  origin: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(new URL(path, origin), { headers, cache: 'no-store', redirect: 'manual' })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

function keysOf(path: string): string[] {
  const keys = surrogateKeysForPath(new URL(path, 'http://x').pathname)
  if (keys.kind !== 'keyed') throw new Error(`${path} has no keys`)
  return keys.keys
}

describe('caching headers from next start', () => {
  const pages = [
    '/',
    REVIEW,
    '/reviews/ballerina',
    '/news',
    '/films',
    '/films/ballerina',
    '/authors/tom-ellery',
    '/search?q=wick',
    '/feed.xml',
    '/sitemap.xml',
  ]

  it.each(pages)('%s is shareable, revalidated by browsers, keyed by its cache tags', async (path) => {
    const answer = await fetchFrom(inject('siteUrl'), path)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe(PUBLIC_PAGE_CACHE_CONTROL)
    expect(answer.headers.get('surrogate-key')).toBe(keysOf(path).join(' '))
    expect(answer.headers.get('cache-tag')).toBe(keysOf(path).join(','))
  })

  it('draft mode is private and never stored', async () => {
    const answer = await fetchFrom(inject('siteUrl'), REVIEW, { cookie: '__prerender_bypass=reader-draft' })
    expect(answer.headers.get('cache-control')).toMatch(/private/)
    expect(answer.headers.get('cache-control')).toMatch(/no-store/)
  })

  it('the Studio shell is never shared: editors get the current one', async () => {
    const studio = await fetchFrom(inject('siteUrl'), '/studio')
    expect(studio.status).toBe(200)
    expect(studio.headers.get('surrogate-key')).toBeNull()
    expect(studio.headers.get('cache-control')).toBe('private, no-cache')
  })

  it('API routes are never stored', async () => {
    const revalidate = await fetch(new URL('/api/revalidate', inject('siteUrl')), {
      method: 'POST',
      body: '{}',
    })
    expect(revalidate.status).toBe(401)
    expect(revalidate.headers.get('cache-control')).toBe('no-store')
    const expire = await fetch(new URL('/api/live/expire', inject('siteUrl')), { method: 'POST', body: '{}' })
    expect(expire.status).toBe(400)
    expect(expire.headers.get('cache-control')).toBe('no-store')
  })

  it('router payloads stay private and revalidated (live refresh)', async () => {
    // Next 16 redirects a router request without `_rsc` to one with it; both stay private.
    const redirect = await fetchFrom(inject('siteUrl'), REVIEW, { rsc: '1' })
    expect(redirect.headers.get('cache-control')).toBe('private, no-cache')
    const answer = await fetchFrom(inject('siteUrl'), `${REVIEW}?_rsc`, { rsc: '1' })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/text\/x-component/)
    expect(answer.headers.get('cache-control')).toBe('private, no-cache')
  })

  it('a missing page is keyed like its page, so publishing it purges the edge’s 404 (Varnish keeps one 60 s at most)', async () => {
    const answer = await fetchFrom(inject('siteUrl'), '/films/no-such-film-anywhere')
    expect(answer.status).toBe(404)
    expect(answer.headers.get('cache-control')).toBe(PUBLIC_PAGE_CACHE_CONTROL)
    expect(answer.headers.get('surrogate-key')).toContain('film:no-such-film-anywhere')
  })
})

describe.skipIf(!varnishd)('through Varnish with the repo VCL', () => {
  let site: NextServer
  let varnish: RunningVarnish
  let client: SanityClient
  let originalVerdict: string | undefined

  beforeAll(async () => {
    client = lakeClient()
    const sitePort = await freePort()
    const edgePort = await freePort()
    const secret = await registerEdgeHook(`http://${HOST}:${sitePort}`)
    varnish = await startVarnish({
      host: HOST,
      port: edgePort,
      backendHost: HOST,
      backendPort: sitePort,
      memory: '64m',
    })
    site = await startNextServer(sitePort, {
      ...process.env,
      PATH: `${BIN}:${process.env.PATH ?? ''}`,
      LAKE_URL: inject('lakeUrl'),
      NEXT_PUBLIC_SITE_URL: inject('siteUrl'),
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      SANITY_REVALIDATE_SECRET: secret,
      VARNISH_PURGE_URL: varnish.purgeUrl,
    })
    const review = await client.getDocument<{ verdict?: string }>(PUBLISHED_ID)
    originalVerdict = review?.verdict
  }, 120_000)

  afterAll(async () => {
    if (client)
      await client
        .patch(PUBLISHED_ID)
        .set({ verdict: originalVerdict ?? '' })
        .commit()
    // The lake has no webhook deletion over HTTP: a filter nothing matches retires this run's second hook.
    if (site) await registerEdgeHook(site.url, '_type == "edge-test-retired"')
    await site?.stop()
    await varnish?.stop()
  })

  const edge = (path: string, headers: Record<string, string> = {}) => fetchFrom(varnish.url, path, headers)

  /** Requests `path` until Varnish answers it from cache. */
  async function cached(path: string): Promise<Answer> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const answer = await edge(path)
      if (answer.headers.get('x-cache') === 'HIT') return answer
    }
    throw new Error(`${path} never became a cache hit`)
  }

  it('a publish purges exactly the pages whose keys it touched', async () => {
    const touched = PUBLISHED
    const untouched = ['/reviews/ballerina', '/', '/films/ballerina', '/films']
    await cached(touched)
    await cached('/sitemap.xml')
    const before = new Map<string, number>()
    for (const path of untouched) before.set(path, Number((await cached(path)).headers.get('x-cache-hits')))
    await new Promise((resolve) => setTimeout(resolve, 1100))

    // The verdict shows on the story's page only: a page-only change (no listing, feed or other story).
    const verdict = `Edge-purged verdict ${Date.now()}`
    await client.patch(PUBLISHED_ID).set({ verdict }).commit()
    const deadline = Date.now() + VISIBLE_WITHIN_MS
    let answer = await edge(touched)
    while (!answer.text.includes(verdict)) {
      if (Date.now() > deadline)
        throw new Error(`${touched} did not show the publish through Varnish within ${VISIBLE_WITHIN_MS} ms`)
      await new Promise((resolve) => setTimeout(resolve, 100))
      answer = await edge(touched)
    }
    expect((await edge(touched)).headers.get('x-cache')).toBe('HIT')
    // The sitemap shows the review's last change: purged too, refetched by its next reader.
    expect((await edge('/sitemap.xml')).headers.get('x-cache')).toBe('MISS')
    for (const path of untouched) {
      const kept = await edge(path)
      expect(kept.headers.get('x-cache'), path).toBe('HIT')
      expect(Number(kept.headers.get('x-cache-hits')), path).toBeGreaterThan(before.get(path) ?? 0)
      expect(Number(kept.headers.get('age')), path).toBeGreaterThanOrEqual(1)
    }
  })

  it('router payloads pass through to Next (a live refresh never gets a cached one)', async () => {
    for (let i = 0; i < 2; i++) {
      const answer = await edge(`${REVIEW}?_rsc`, { rsc: '1' })
      expect(answer.status).toBe(200)
      expect(answer.headers.get('x-cache')).toBe('PASS')
    }
  })

  it('prefetches are shared at the edge, still private to browsers', async () => {
    const headers = { rsc: '1', 'next-router-prefetch': '1' }
    // Next redirects a router request whose `_rsc` does not match its headers to one whose `_rsc` does.
    const redirect = await edge(`${REVIEW}?_rsc=x`, headers)
    expect(redirect.status).toBe(307)
    expect(redirect.headers.get('x-cache')).not.toBe('HIT')
    const hash = new URL(redirect.headers.get('location') ?? '', varnish.url).searchParams
      .getAll('_rsc')
      .at(-1)
    const path = `${REVIEW}?_rsc=${hash}`
    await edge(path, headers)
    const again = await edge(path, headers)
    expect(again.status).toBe(200)
    expect(again.headers.get('content-type')).toMatch(/text\/x-component/)
    expect(again.headers.get('x-cache')).toBe('HIT')
    expect(again.headers.get('cache-control')).toBe('private, no-cache')
    expect(again.headers.get('surrogate-control')).toBeNull()
  })

  it('a draft-mode request is never cached, and never served to others', async () => {
    const path = '/authors/tom-ellery'
    const draft = { cookie: '__prerender_bypass=reader-draft' }
    for (let i = 0; i < 2; i++) {
      const answer = await edge(path, draft)
      expect(answer.headers.get('x-cache')).toBe('PASS')
      expect(answer.headers.get('cache-control')).toMatch(/private/)
    }
    const reader = await edge(path)
    expect(reader.headers.get('x-cache')).toBe('MISS')
    expect(reader.headers.get('cache-control')).toBe(PUBLIC_PAGE_CACHE_CONTROL)
  })

  it('/images is cached at the edge with its Content-Length', async () => {
    const page = await edge(REVIEW)
    const image = /(?:src|srcSet)="(?:https?:\/\/[^/"]+)?(\/images\/[^"\s,]+)/
      .exec(page.text)?.[1]
      ?.replaceAll('&amp;', '&')
    expect(image).toBeTruthy()
    await edge(image ?? '')
    const response = await fetch(new URL(image ?? '', varnish.url))
    const bytes = await response.arrayBuffer()
    expect(response.status).toBe(200)
    expect(response.headers.get('x-cache')).toBe('HIT')
    expect(Number(response.headers.get('content-length'))).toBe(bytes.byteLength)
  })
})

/** A second revalidation webhook, to this test's site; returns its secret. */
async function registerEdgeHook(siteUrl: string, filter = REVALIDATE_WEBHOOK_FILTER): Promise<string> {
  const response = await fetch(`${inject('lakeUrl')}/v2021-10-04/hooks/projects/local/by-name/${EDGE_HOOK}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${inject('lakeToken')}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      dataset: 'production',
      url: new URL('/api/revalidate', siteUrl).href,
      httpMethod: 'POST',
      operations: ['create', 'update', 'delete'],
      includeDrafts: false,
      filter,
      projection: REVALIDATE_WEBHOOK_PROJECTION,
    }),
  })
  const body: unknown = await response.json()
  if (
    !response.ok ||
    typeof body !== 'object' ||
    body === null ||
    !('secret' in body) ||
    typeof body.secret !== 'string'
  )
    throw new Error(`the lake refused the edge test's webhook: ${response.status} ${JSON.stringify(body)}`)
  return body.secret
}
