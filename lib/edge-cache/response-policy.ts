// The caching headers a response gets, decided from its request before Next answers (proxy.ts). Shared
// caches (Varnish, a CDN) may keep public pages for EDGE_FRESH_SECONDS and serve them stale while they
// refetch; a publish purges them sooner by surrogate key (lib/edge-cache/varnish-purge.ts). Browsers always
// revalidate (`max-age=0`). Nothing a person sees alone is ever shared: draft mode, requests with
// credentials, API routes, the Studio.
import { cacheTagHeader, surrogateKeyHeader, surrogateKeysForPath } from './surrogate-keys.ts'

/** How long a shared cache may answer without asking: short, since a missed purge must heal on its own. */
export const EDGE_FRESH_SECONDS = 300
/** How long after that a shared cache may answer stale while it refetches (or while the site is down). */
export const EDGE_STALE_SECONDS = 24 * 60 * 60

/** Next's draft-mode cookie: its holder sees unpublished content. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

export const PUBLIC_PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${EDGE_FRESH_SECONDS}, stale-while-revalidate=${EDGE_STALE_SECONDS}, stale-if-error=${EDGE_STALE_SECONDS}`
export const PRIVATE_CACHE_CONTROL = 'private, no-store'
export const API_CACHE_CONTROL = 'no-store'
/** The Studio's shell: editors always get the current one (Next would let shared caches keep it for hours). */
export const STUDIO_CACHE_CONTROL = 'private, no-cache'
/**
 * Router payloads (RSC: client navigations, prefetches, the `router.refresh()` `<SanityLive />` does after a
 * live event) are not shared, and browsers revalidate them: Chromium applies a `stale-while-revalidate` to
 * its own cache for fetches, so the refresh would get the previous payload.
 */
export const RSC_CACHE_CONTROL = 'private, no-cache'
/**
 * A prefetch (`next-router-prefetch`) is never what a live refresh reads, so a shared cache may keep it like
 * its page, purged with the page's keys: a viral article's links are prefetched by every reader. Browsers
 * still see RSC_CACHE_CONTROL; the shared cache reads Surrogate-Control (Varnish via the VCL, Fastly).
 */
export const PREFETCH_SURROGATE_CONTROL = `max-age=${EDGE_FRESH_SECONDS}, stale-while-revalidate=${EDGE_STALE_SECONDS}`

export interface RequestFacts {
  method: string
  pathname: string
  /** The request's Cookie header (or null). */
  cookie: string | null
  hasAuthorization: boolean
  /** An RSC request (`rsc: 1` header or `_rsc` parameter). */
  isRsc: boolean
  /** An RSC prefetch (`next-router-prefetch` header). */
  isPrefetch?: boolean
}

export type EdgeHeaders = Readonly<Record<string, string>>

function hasDraftModeCookie(cookie: string | null): boolean {
  if (!cookie) return false
  return cookie.split(';').some((pair) => pair.trim().startsWith(`${DRAFT_MODE_COOKIE}=`))
}

/** The headers to set on the response (none: leave it to Next and the route). */
export function edgeHeaders(request: RequestFacts): EdgeHeaders {
  if (request.pathname === '/api' || request.pathname.startsWith('/api/'))
    return { 'Cache-Control': API_CACHE_CONTROL }
  if (request.pathname === '/studio' || request.pathname.startsWith('/studio/'))
    return { 'Cache-Control': STUDIO_CACHE_CONTROL }
  if (hasDraftModeCookie(request.cookie) || request.hasAuthorization)
    return { 'Cache-Control': PRIVATE_CACHE_CONTROL }
  if (request.method !== 'GET' && request.method !== 'HEAD') return {}
  const surrogate = surrogateKeysForPath(request.pathname)
  if (surrogate.kind === 'unknown') return request.isRsc ? { 'Cache-Control': RSC_CACHE_CONTROL } : {}
  if (surrogate.kind === 'unrepresentable') return { 'Cache-Control': PRIVATE_CACHE_CONTROL }
  const keys = {
    'Surrogate-Key': surrogateKeyHeader(surrogate.keys),
    'Cache-Tag': cacheTagHeader(surrogate.keys),
  }
  if (!request.isRsc) return { 'Cache-Control': PUBLIC_PAGE_CACHE_CONTROL, ...keys }
  if (request.isPrefetch)
    return { 'Cache-Control': RSC_CACHE_CONTROL, 'Surrogate-Control': PREFETCH_SURROGATE_CONTROL, ...keys }
  return { 'Cache-Control': RSC_CACHE_CONTROL, ...keys }
}
