// The lake's HTTP entry point: CORS, API version, auth, then the first route whose path and method match.
//
// To add an endpoint family: write `routes/<family>.ts` exporting `Route`s, import it here and spread it into
// ROUTES (one line). Nothing else needs to change.

import { parseApiVersion } from './api-version.ts'
import { authenticate } from './auth.ts'
import { handleCors } from './cors.ts'
import { toHttpError } from './error-mapping.ts'
import { type HttpError, httpError, methodNotAllowed, notFound } from './http-error.ts'
import { matchPath, splitPath } from './path-pattern.ts'
import { sendJson } from './response.ts'
import { actionRoutes } from './routes/actions.ts'
import { assetRoutes } from './routes/assets.ts'
import { docRoutes } from './routes/doc.ts'
import { healthRoutes } from './routes/health.ts'
import { historyRoutes } from './routes/history.ts'
import { hookRoutes } from './routes/hooks.ts'
import { imageRoutes } from './routes/images.ts'
import { listenRoutes } from './routes/listen.ts'
import { liveRoutes } from './routes/live.ts'
import { mutateRoutes } from './routes/mutate.ts'
import { queryRoutes } from './routes/query.ts'
import { releaseStudioRoutes } from './routes/release-studio.ts'
import { studioAuthRoutes } from './routes/studio-auth.ts'
import { studioBootRoutes } from './routes/studio-boot.ts'
import { studioKeyValueRoutes } from './routes/studio-keyvalue.ts'
import { tokenAttemptsFor } from './token-attempts.ts'
import type { LakeContext, LakeHttpRequest, LakeResponse, Route } from './types.ts'

export const ROUTES: readonly Route[] = [
  ...healthRoutes,
  ...queryRoutes,
  ...docRoutes,
  ...mutateRoutes,
  ...actionRoutes,
  ...assetRoutes,
  ...imageRoutes,
  ...studioBootRoutes,
  ...studioAuthRoutes,
  ...studioKeyValueRoutes,
  ...listenRoutes,
  ...historyRoutes,
  ...hookRoutes,
  ...liveRoutes,
  ...releaseStudioRoutes,
]

export type LakeHandler = (req: LakeHttpRequest, res: LakeResponse) => void

export function createLakeHandler(lake: LakeContext, routes: readonly Route[] = ROUTES): LakeHandler {
  return (req, res) => {
    handle(lake, routes, req, res).catch((error: unknown) => {
      try {
        sendError(lake, res, error)
      } catch (sendFailure) {
        // The connection is gone or the headers were invalid for it: never let one request crash the lake.
        lake.log(`lake: could not send an error response: ${String(sendFailure)}`)
      }
    })
  }
}

async function handle(
  lake: LakeContext,
  routes: readonly Route[],
  req: LakeHttpRequest,
  res: LakeResponse,
): Promise<void> {
  if (handleCors(req, res, lake)) return
  const method = (req.method ?? 'GET').toUpperCase()
  const url = new URL(req.url ?? '/', 'http://lake.local')
  const segments = splitPath(url.pathname)
  const first = segments[0] ?? ''

  let versioned = false
  let apiVersion: string | undefined
  let candidates = routes.filter((route) => !route.versioned)
  let path = segments
  if (!candidates.some((route) => matchPath(route.path, segments)) && first.startsWith('v')) {
    apiVersion = parseApiVersion(first)
    versioned = true
    candidates = routes.filter((route) => route.versioned)
    path = segments.slice(1)
  }

  const matching = candidates.flatMap((route) => {
    const params = matchPath(route.path, path)
    return params ? [{ route, params }] : []
  })
  if (matching.length === 0) throw notFound(`No endpoint at ${method} ${url.pathname}`)
  const effectiveMethod = method === 'HEAD' ? 'GET' : method
  const match = matching.find(({ route }) => route.methods.includes(effectiveMethod))
  if (!match) throw methodNotAllowed([...new Set(matching.flatMap(({ route }) => route.methods))])

  const identity = authenticate(req, lake.verifyToken, tokenAttemptsFor(lake))
  await match.route.handle({
    req,
    res,
    url,
    method: effectiveMethod,
    params: match.params,
    apiVersion: versioned ? apiVersion : undefined,
    identity,
    lake,
  })
}

function sendError(lake: LakeContext, res: LakeResponse, error: unknown): void {
  const httpFailure = toHttpError(error) ?? internalError(lake, error)
  if (res.headersSent) {
    // Too late for a status code (a stream had started): end it so the client notices.
    if (!res.writableEnded) res.end()
    return
  }
  sendJson(res, httpFailure.statusCode, httpFailure.body, httpFailure.headers)
}

function internalError(lake: LakeContext, error: unknown): HttpError {
  lake.log(`lake: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  return httpError(500, 'Internal error in the lake; see its log')
}
