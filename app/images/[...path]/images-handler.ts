// Readers fetch images from the site's own origin; this passes them through to the embedded lake,
// which listens on loopback only. With hosted Sanity, images come from Sanity's CDN and this route is unused.
//
// The site's origin is where editors' Studio sessions live, so only raster images leave this route:
// an SVG original is asked for as PNG (the lake rasterizes it), and any other content is refused.
//
// The lake withholds an asset only drafts or unreleased versions use (sanity/lake/store/public-view.ts). In
// draft mode the editor's preview still has to show it, so the route asks with the server-only preview token
// then, and the answer is private to that browser: `private, no-store`, never a shared or public cache.
import type { SanityEnv } from '#lib/env.ts'

export interface ImagesHandlerOptions {
  env: () => SanityEnv
  /** Next's draft mode for this request (lib/draft/draft-mode.ts); a seam so tests can turn it on. */
  isDraftMode: () => Promise<boolean>
}

type ImagesContext = { params: Promise<{ path: string[] }> }

const FORWARDED_REQUEST_HEADERS = ['accept', 'if-none-match']
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-length', 'cache-control', 'etag', 'vary']
const RASTER_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif'])
/** Even an image gets no say over the page it is in, and the browser keeps to the given type. */
const SAFETY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "sandbox; default-src 'none'",
}
export const DRAFT_CACHE_CONTROL = 'private, no-store'

export function createImagesHandler(options: ImagesHandlerOptions) {
  return async function proxyImage(request: Request, context: ImagesContext): Promise<Response> {
    const env = options.env()
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
    const preview = env.previewToken !== undefined && (await options.isDraftMode())
    if (preview) headers.set('authorization', `Bearer ${env.previewToken}`)
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
    if (preview) responseHeaders.set('cache-control', DRAFT_CACHE_CONTROL)
    return new Response(upstream.body, { status: upstream.status, headers: responseHeaders })
  }
}

/** The file segment of `/{projectId}/{dataset}/{sha1}-{w}x{h}.{ext}[/{vanity}]`. */
function isSvgPath(path: readonly string[]): boolean {
  return (path[2] ?? '').toLowerCase().endsWith('.svg')
}

function isRasterImage(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  return RASTER_IMAGE_TYPES.has(type)
}
