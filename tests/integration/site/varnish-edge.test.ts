// The repo's VCL (deploy/varnish/marquee.vcl) in a real varnishd on a free port, in front of a small origin
// that answers the way the site does (Cache-Control and Surrogate-Key from lib/edge-cache), and the site's
// purge client (lib/edge-cache/varnish-purge.ts) purging it. The same through `next start`: tests/e2e/edge-cache.test.ts.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { edgePurger } from '#lib/edge-cache/edge-purger.ts'
import { edgeHeaders, PUBLIC_PAGE_CACHE_CONTROL } from '#lib/edge-cache/response-policy.ts'
import { purgeSurrogateKeys } from '#lib/edge-cache/varnish-purge.ts'
import { createRevalidateHandler } from '#lib/revalidation/revalidate-handler.ts'
import { findVarnishd, type RunningVarnish, startVarnish } from '#scripts/lib/varnish-process.ts'
import { freePort } from '#tests/e2e/next-server.ts'

const varnishd = findVarnishd()
if (!varnishd)
  console.warn(
    'varnish-edge.test.ts: SKIPPED, varnishd is not installed (apt-get install varnish varnish-modules)',
  )

let origin: Server
let varnish: RunningVarnish
const originHits = new Map<string, number>()
let failNext = false

function respond(req: IncomingMessage): { status: number; headers: Record<string, string>; body: string } {
  const url = new URL(req.url ?? '/', 'http://origin.test')
  const headers: Record<string, string> = {
    'content-type': 'text/html; charset=utf-8',
    ...edgeHeaders({
      method: req.method ?? 'GET',
      pathname: url.pathname,
      cookie: req.headers.cookie ?? null,
      hasAuthorization: req.headers.authorization !== undefined,
      isRsc: req.headers.rsc === '1',
      isPrefetch: req.headers['next-router-prefetch'] !== undefined,
    }),
  }
  if (url.pathname === '/boom' || failNext) {
    failNext = false
    return {
      status: 500,
      headers: { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' },
      body: 'boom',
    }
  }
  if (url.pathname.startsWith('/films/missing')) return { status: 404, headers, body: 'not found' }
  if (url.pathname === '/films/redirected')
    return { status: 307, headers: { ...headers, location: '/films/x' }, body: '' }
  if (url.pathname === '/sets-cookie')
    return { status: 200, headers: { ...headers, 'set-cookie': 'a=1' }, body: 'cookie' }
  if (url.pathname === '/plain')
    return { status: 200, headers: { 'cache-control': 'no-cache' }, body: 'plain' }
  return { status: 200, headers, body: `<p>${url.pathname} #${originHits.get(url.pathname)}</p>` }
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${varnish.url}${path}`, { headers, redirect: 'manual' })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

beforeAll(async () => {
  if (!varnishd) return
  origin = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://origin.test').pathname
    originHits.set(path, (originHits.get(path) ?? 0) + 1)
    const answer = respond(req)
    res.writeHead(answer.status, answer.headers)
    res.end(answer.body)
  })
  const originPort = await freePort()
  await new Promise<void>((resolve) => origin.listen(originPort, '127.0.0.1', resolve))
  varnish = await startVarnish({
    host: '127.0.0.1',
    port: await freePort(),
    backendHost: '127.0.0.1',
    backendPort: originPort,
    memory: '32m',
  })
})

afterAll(async () => {
  await varnish?.stop()
  await new Promise((resolve) => origin?.close(resolve))
})

describe.skipIf(!varnishd)('Varnish with the repo VCL', () => {
  it('caches public pages: one origin request, then hits with a growing Age', async () => {
    const first = await get('/films/heat')
    expect(first.status).toBe(200)
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(first.headers.get('cache-control')).toBe(PUBLIC_PAGE_CACHE_CONTROL)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const second = await get('/films/heat')
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(Number(second.headers.get('age'))).toBeGreaterThanOrEqual(1)
    expect(second.body).toBe(first.body)
    expect(originHits.get('/films/heat')).toBe(1)
    expect(second.headers.get('xkey')).toBeNull()
  })

  it('purges exactly the pages carrying a key, from this machine', async () => {
    await get('/films/heat')
    await get('/people/al-pacino')
    await get('/films')
    const before = originHits.get('/films/heat') ?? 0
    const result = await purgeSurrogateKeys(varnish.purgeUrl, ['film:heat', 'unrelated:key'])
    expect(result.purged).toBe(1)
    expect((await get('/films/heat')).headers.get('x-cache')).toBe('MISS')
    expect(originHits.get('/films/heat')).toBe(before + 1)
    expect((await get('/people/al-pacino')).headers.get('x-cache')).toBe('HIT')
    expect((await get('/films')).headers.get('x-cache')).toBe('HIT')
    // A listing key reaches every page showing the list.
    expect((await purgeSurrogateKeys(varnish.purgeUrl, ['list:film'])).purged).toBe(2)
    expect((await get('/films')).headers.get('x-cache')).toBe('MISS')
  })

  it('the revalidation route’s purger sends the publish’s tags', async () => {
    await get('/tags/noir')
    const tasks: Promise<void>[] = []
    const logged: string[] = []
    const purge = edgePurger(
      varnish.purgeUrl,
      (task) => tasks.push(task()),
      (line) => logged.push(line),
    )
    purge?.(['tag:noir'])
    await Promise.all(tasks)
    expect(logged).toEqual([])
    expect((await get('/tags/noir')).headers.get('x-cache')).toBe('MISS')
    expect(
      edgePurger(
        undefined,
        () => {},
        () => {},
      ),
    ).toBeUndefined()
  })

  it('a signed webhook revalidates its tags and purges exactly the pages carrying them', async () => {
    const secret = 'edge-test-secret-0123456789'
    const tasks: Promise<void>[] = []
    const revalidated: string[] = []
    const handler = createRevalidateHandler({
      secret: () => secret,
      revalidate: (tag) => revalidated.push(tag),
      purgeEdge: edgePurger(
        varnish.purgeUrl,
        (task) => tasks.push(task()),
        (line) => revalidated.push(line),
      ),
      now: () => Date.now(),
      log: () => {},
    })
    await get('/reviews/heat')
    await get('/reviews/ronin')
    await get('/films/heat')
    expect((await get('/reviews/heat')).headers.get('x-cache')).toBe('HIT')
    // A body-only edit of one story: its page, the sitemap and search; not other stories, not the film.
    const body = JSON.stringify({
      _id: 'review-heat',
      _type: 'review',
      slugs: ['heat'],
      pageOnly: true,
      refs: [],
    })
    const response = await handler(
      new Request('http://site.test/api/revalidate', {
        method: 'POST',
        headers: { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret) },
        body,
      }),
    )
    expect(response.status).toBe(200)
    await Promise.all(tasks)
    expect(revalidated).toEqual(['doc:review-heat', 'search', 'sitemap', 'story:heat'])
    expect((await get('/reviews/heat')).headers.get('x-cache')).toBe('MISS')
    expect((await get('/reviews/ronin')).headers.get('x-cache')).toBe('HIT')
    expect((await get('/films/heat')).headers.get('x-cache')).toBe('HIT')
  })

  it('shares prefetches (purged with their page) but never a navigation or refresh payload', async () => {
    const prefetch = { rsc: '1', 'next-router-prefetch': '1' }
    await get('/films/prefetched?_rsc=p1', prefetch)
    const hit = await get('/films/prefetched?_rsc=p1', prefetch)
    expect(hit.headers.get('x-cache')).toBe('HIT')
    expect(hit.headers.get('cache-control')).toBe('private, no-cache')
    expect(hit.headers.get('surrogate-control')).toBeNull()
    // The document at the same URL path is another object.
    expect((await get('/films/prefetched')).headers.get('x-cache')).toBe('MISS')
    expect((await purgeSurrogateKeys(varnish.purgeUrl, ['film:prefetched'])).purged).toBe(2)
    expect((await get('/films/prefetched?_rsc=p1', prefetch)).headers.get('x-cache')).toBe('MISS')
    // Only a 200 prefetch is kept: Next's redirect of a mismatched `_rsc` is not.
    await get('/films/redirected?_rsc=p1', prefetch)
    expect((await get('/films/redirected?_rsc=p1', prefetch)).headers.get('x-cache')).not.toBe('HIT')
  })

  it('never caches draft mode, credentials, router payloads, the Studio or API routes', async () => {
    const requests: [string, Record<string, string>][] = [
      ['/reviews/in-draft', { cookie: '__prerender_bypass=abc' }],
      ['/reviews/heat', { authorization: 'Bearer x' }],
      ['/reviews/heat', { rsc: '1' }],
      ['/reviews/heat?_rsc=1ab2c', {}],
      ['/studio', {}],
      ['/api/live/expire', {}],
    ]
    for (const [path, headers] of requests) {
      const key = new URL(path, 'http://x').pathname
      const before = originHits.get(key) ?? 0
      await get(path, headers)
      const second = await get(path, headers)
      expect(second.headers.get('x-cache'), `${path} ${JSON.stringify(headers)}`).not.toBe('HIT')
      expect(originHits.get(key)).toBe(before + 2)
    }
    // The draft-mode reader's page did not land in the cache for everyone else either.
    expect((await get('/reviews/in-draft')).headers.get('x-cache')).toBe('MISS')
  })

  it('never stores what the site marks private or uncached, or a response setting a cookie', async () => {
    for (const path of ['/reviews/a%2Cb', '/sets-cookie', '/plain']) {
      const key = new URL(path, 'http://x').pathname
      const before = originHits.get(key) ?? 0
      await get(path)
      expect((await get(path)).headers.get('x-cache'), path).not.toBe('HIT')
      expect(originHits.get(key), path).toBe(before + 2)
    }
  })

  it('keeps errors out of the cache; a 404 is kept (briefly, and under its page’s keys)', async () => {
    await get('/boom')
    expect((await get('/boom')).headers.get('x-cache')).not.toBe('HIT')
    expect(originHits.get('/boom')).toBe(2)
    await get('/films/missing')
    const missing = await get('/films/missing')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('x-cache')).toBe('HIT')
  })

  it('a failed purge is logged, never thrown into the webhook', async () => {
    const tasks: Promise<void>[] = []
    const logged: string[] = []
    const nobody = `http://127.0.0.1:${await freePort()}/`
    edgePurger(
      nobody,
      (task) => tasks.push(task()),
      (line) => logged.push(line),
    )?.(['story:heat'])
    await Promise.all(tasks)
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatch(/edge cache purge failed/)
  })

  it('refuses a purge without keys', async () => {
    const response = await fetch(varnish.purgeUrl, { method: 'PURGE' })
    expect(response.status).toBe(400)
    await expect(purgeSurrogateKeys(`${varnish.url}/nothing-here`, [])).resolves.toEqual({ purged: 0 })
  })
})
