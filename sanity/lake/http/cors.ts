// CORS as the Studio needs it (shared/studio-contract): echo the Origin, allow credentials, 204 preflights.
import type { LakeHttpRequest, LakeResponse } from './types.ts'

const ALLOWED_HEADERS = 'authorization, content-type, x-sanity-app, x-sanity-project-id'
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'

/** Adds CORS headers when the request has an Origin; returns true when it answered a preflight. */
export function handleCors(req: LakeHttpRequest, res: LakeResponse): boolean {
  const origin = req.headers.origin
  if (typeof origin === 'string' && origin !== '') {
    res.setHeader('access-control-allow-origin', origin)
    res.setHeader('access-control-allow-credentials', 'true')
    res.setHeader('vary', 'Origin')
  }
  if (req.method !== 'OPTIONS') return false
  res.setHeader('access-control-allow-methods', ALLOWED_METHODS)
  res.setHeader('access-control-allow-headers', ALLOWED_HEADERS)
  res.setHeader('access-control-max-age', '600')
  res.statusCode = 204
  res.end()
  return true
}
