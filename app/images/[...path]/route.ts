// Readers fetch images from the site's own origin; this passes them through to the embedded lake,
// which listens on loopback only. With hosted Sanity, images come from Sanity's CDN and this route is unused.
import { getEnv } from '../../../lib/env.ts'

const FORWARDED_REQUEST_HEADERS = ['accept', 'if-none-match']
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-length', 'cache-control', 'etag', 'vary']

export async function GET(
  request: Request,
  context: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  const env = getEnv()
  if (env.backend !== 'lake') return new Response('Not found', { status: 404 })
  const { path } = await context.params
  const target = new URL(`/images/${path.map(encodeURIComponent).join('/')}`, env.apiHost)
  target.search = new URL(request.url).search

  const headers = new Headers()
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name)
    if (value) headers.set(name, value)
  }
  let upstream: Response
  try {
    upstream = await fetch(target, { headers, cache: 'no-store' })
  } catch {
    return new Response('The image service is not reachable', { status: 502 })
  }
  const responseHeaders = new Headers()
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name)
    if (value) responseHeaders.set(name, value)
  }
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders })
}
