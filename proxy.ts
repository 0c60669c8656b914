// Next 16's proxy (formerly middleware): runs before Next answers, ISR hits included, and sets the caching
// headers shared caches read (lib/edge-cache/response-policy.ts): Cache-Control, and the page's cache tags as
// Surrogate-Key (Varnish xkey, Fastly) and Cache-Tag (Cloudflare). Next keeps a Cache-Control that is
// already set (it only fills one in when the response has none), except for errors and draft mode, which it
// marks `private, no-cache, no-store` itself.
import { type NextRequest, NextResponse } from 'next/server'
import { edgeHeaders } from '#lib/edge-cache/response-policy.ts'

export function proxy(request: NextRequest): NextResponse {
  const response = NextResponse.next()
  const headers = edgeHeaders({
    method: request.method,
    pathname: request.nextUrl.pathname,
    cookie: request.headers.get('cookie'),
    hasAuthorization: request.headers.has('authorization'),
    // next.config.ts's skipProxyUrlNormalize keeps both visible here.
    isRsc: request.headers.get('rsc') === '1' || request.nextUrl.searchParams.has('_rsc'),
    isPrefetch: request.headers.has('next-router-prefetch'),
  })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config = {
  // Build output and images (their Cache-Control comes from the lake) never need these headers.
  matcher: ['/((?!_next/|images/|favicon\\.ico$|icon\\.svg$).*)'],
}
