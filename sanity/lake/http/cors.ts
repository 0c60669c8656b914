// CORS as the Studio needs it (shared/studio-contract): for an allowed Studio origin, echo it with
// credentials and answer preflights with 204. Other origins get no CORS headers (the browser then keeps
// the response from the page) and their preflights a 403, so no other page can use a token it finds.
import { DEFAULT_STUDIO_ORIGINS, StudioOrigins } from '../users/allowed-origins.ts'
import { sendJson } from './response.ts'
import type { LakeContext, LakeHttpRequest, LakeResponse } from './types.ts'

const ALLOWED_HEADERS = 'authorization, content-type, x-sanity-app, x-sanity-project-id'
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'

const DEFAULT_ORIGINS = new StudioOrigins(DEFAULT_STUDIO_ORIGINS)

export function studioOriginsOf(lake: Pick<LakeContext, 'studioOrigins'>): StudioOrigins {
  return lake.studioOrigins ?? DEFAULT_ORIGINS
}

/** Adds CORS headers for allowed origins; returns true when it answered a preflight. */
export function handleCors(
  req: LakeHttpRequest,
  res: LakeResponse,
  lake: Pick<LakeContext, 'studioOrigins'>,
): boolean {
  const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined
  const allowed = origin !== undefined && studioOriginsOf(lake).allows(origin)
  // Caches must not hand one origin's answer (with or without CORS headers) to another.
  if (origin !== undefined) res.setHeader('vary', 'Origin')
  if (allowed) {
    res.setHeader('access-control-allow-origin', origin)
    res.setHeader('access-control-allow-credentials', 'true')
  }
  if (req.method !== 'OPTIONS') return false
  if (origin !== undefined && !allowed) {
    sendJson(res, 403, {
      error: 'Forbidden',
      message: `Origin ${origin} is not allowed to use this lake (see LAKE_CORS_ORIGINS)`,
      statusCode: 403,
    })
    return true
  }
  res.setHeader('access-control-allow-methods', ALLOWED_METHODS)
  res.setHeader('access-control-allow-headers', ALLOWED_HEADERS)
  res.setHeader('access-control-max-age', '600')
  res.statusCode = 204
  res.end()
  return true
}
