// Readers fetch images from the site's own origin; this passes them through to the embedded lake,
// which listens on loopback only. With hosted Sanity, images come from Sanity's CDN and this route is unused.
//
// The site's origin is where editors' Studio sessions live, so only raster images leave this route:
// an SVG original is asked for as PNG (the lake rasterizes it), and any other content is refused.
import { getEnv } from '#lib/env.ts'

const FORWARDED_REQUEST_HEADERS = ['accept', 'if-none-match']
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-length', 'cache-control', 'etag', 'vary']
const RASTER_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif'])
/** Even an image gets no say over the page it is in, and the browser keeps to the given type. */
const SAFETY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "sandbox; default-src 'none'",
}

export async function GET(
  request: Request,
  context: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  const env = getEnv()
  if (env.backend !== 'lake') return new Response('Not found', { status: 404 })
  const { path } = await context.params
  const target = new URL(`/images/${path.map(encodeURIComponent).join('/')}`, env.apiHost)
  target.search = new URL(request.url).search
  if (isSvgPath(path) && !target.searchParams.has('fm')) target.searchParams.set('fm', 'png')

  const headers = new Headers()
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name)
    if (value) headers.set(name, value)
  }
  let upstream: Response
  try {
    upstream = await fetch(target, { headers, cache: 'no-store' })
  } catch {
    return new Response('The image service is not reachable', { status: 502, headers: SAFETY_HEADERS })
  }
  if (upstream.ok && !isRasterImage(upstream.headers.get('content-type'))) {
    await upstream.body?.cancel()
    return new Response('Not an image', { status: 404, headers: SAFETY_HEADERS })
  }
  const responseHeaders = new Headers(SAFETY_HEADERS)
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name)
    if (value) responseHeaders.set(name, value)
  }
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders })
}

/** The file segment of `/{projectId}/{dataset}/{sha1}-{w}x{h}.{ext}[/{vanity}]`. */
function isSvgPath(path: readonly string[]): boolean {
  return (path[2] ?? '').toLowerCase().endsWith('.svg')
}

function isRasterImage(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  return RASTER_IMAGE_TYPES.has(type)
}
