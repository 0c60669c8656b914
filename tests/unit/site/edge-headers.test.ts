// What the proxy tells shared caches per request: public pages cacheable with their keys; draft mode,
// credentials, API routes and router payloads never shared.
import { describe, expect, it } from 'vitest'
import {
  API_CACHE_CONTROL,
  edgeHeaders,
  PREFETCH_SURROGATE_CONTROL,
  PRIVATE_CACHE_CONTROL,
  PUBLIC_PAGE_CACHE_CONTROL,
  type RequestFacts,
  RSC_CACHE_CONTROL,
  STUDIO_CACHE_CONTROL,
} from '#lib/edge-cache/response-policy.ts'

const get = (pathname: string, extra: Partial<RequestFacts> = {}): RequestFacts => ({
  method: 'GET',
  pathname,
  cookie: null,
  hasAuthorization: false,
  isRsc: false,
  ...extra,
})

describe('edgeHeaders', () => {
  it('lets shared caches keep public pages, browsers revalidate, and names the keys for both CDNs', () => {
    const headers = edgeHeaders(get('/reviews/heat'))
    expect(headers['Cache-Control']).toBe(PUBLIC_PAGE_CACHE_CONTROL)
    expect(PUBLIC_PAGE_CACHE_CONTROL).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+/)
    expect(headers['Surrogate-Key']).toBe('doc:siteSettings list:section list:story story:heat')
    expect(headers['Cache-Tag']).toBe('doc:siteSettings,list:section,list:story,story:heat')
    expect(edgeHeaders(get('/', { method: 'HEAD' }))['Cache-Control']).toBe(PUBLIC_PAGE_CACHE_CONTROL)
  })

  it('never shares draft mode or requests with credentials', () => {
    const draft = edgeHeaders(get('/reviews/heat', { cookie: 'a=1; __prerender_bypass=abc' }))
    expect(draft).toEqual({ 'Cache-Control': PRIVATE_CACHE_CONTROL })
    expect(edgeHeaders(get('/', { hasAuthorization: true }))).toEqual({
      'Cache-Control': PRIVATE_CACHE_CONTROL,
    })
    // A cookie merely ending in the name is someone else's.
    expect(edgeHeaders(get('/', { cookie: 'x__prerender_bypass=1' }))['Cache-Control']).toBe(
      PUBLIC_PAGE_CACHE_CONTROL,
    )
  })

  it('keeps the Studio shell out of shared caches', () => {
    expect(edgeHeaders(get('/studio'))).toEqual({ 'Cache-Control': STUDIO_CACHE_CONTROL })
    expect(edgeHeaders(get('/studio/structure/review'))).toEqual({ 'Cache-Control': STUDIO_CACHE_CONTROL })
    // A section whose name starts with "studio" is a reader page.
    expect(edgeHeaders(get('/studios'))['Cache-Control']).toBe(PUBLIC_PAGE_CACHE_CONTROL)
  })

  it('keeps API routes out of every cache', () => {
    expect(edgeHeaders(get('/api/live/expire', { method: 'POST' }))).toEqual({
      'Cache-Control': API_CACHE_CONTROL,
    })
    expect(edgeHeaders(get('/api/revalidate'))).toEqual({ 'Cache-Control': API_CACHE_CONTROL })
  })

  it('sends router payloads private and revalidated, so a live refresh gets the new one', () => {
    const rsc = edgeHeaders(get('/reviews/heat', { isRsc: true }))
    expect(rsc['Cache-Control']).toBe(RSC_CACHE_CONTROL)
    expect(edgeHeaders(get('/robots.txt', { isRsc: true }))).toEqual({ 'Cache-Control': RSC_CACHE_CONTROL })
  })

  it('lets shared caches keep prefetches under the page’s keys, while browsers still revalidate them', () => {
    const prefetch = edgeHeaders(get('/reviews/heat', { isRsc: true, isPrefetch: true }))
    expect(prefetch['Cache-Control']).toBe(RSC_CACHE_CONTROL)
    expect(prefetch['Surrogate-Control']).toBe(PREFETCH_SURROGATE_CONTROL)
    expect(prefetch['Surrogate-Key']).toContain('story:heat')
    // A refresh or navigation is not a prefetch: nothing for shared caches.
    expect(edgeHeaders(get('/reviews/heat', { isRsc: true }))['Surrogate-Control']).toBeUndefined()
    // Draft mode wins over everything.
    const draft = edgeHeaders(
      get('/reviews/heat', { isRsc: true, isPrefetch: true, cookie: '__prerender_bypass=1' }),
    )
    expect(draft).toEqual({ 'Cache-Control': PRIVATE_CACHE_CONTROL })
  })

  it('marks pages whose keys a header cannot carry uncacheable, and leaves unknown routes to Next', () => {
    expect(edgeHeaders(get('/reviews/a%2Cb'))).toEqual({ 'Cache-Control': PRIVATE_CACHE_CONTROL })
    expect(edgeHeaders(get('/robots.txt'))).toEqual({})
    expect(edgeHeaders(get('/reviews/heat', { method: 'POST' }))).toEqual({})
  })
})
