// GET /v{v}/data/listen/{dataset}: Sanity's listener as server-sent events. The Studio opens several and
// needs `event: welcome` first; comments (`:` lines) then keep idle streams from being cut by proxies
// and browsers. Mutation events are not sent yet: the Studio then shows what it loaded, without live updates.
import { randomBytes } from 'node:crypto'
import { parseQuery } from '../../query/run-query.ts'
import { existingDataset } from '../dataset-param.ts'
import { badRequest } from '../http-error.ts'
import { trackStream } from '../listen-streams.ts'
import type { LakeRequest, Route } from '../types.ts'
import { paramsFromSearch } from './query.ts'

/** Well under the usual 60 s idle timeouts of proxies and of Node's own keep-alive handling. */
export const KEEPALIVE_INTERVAL_MS = 15_000

function listen({ req, res, url, lake, params }: LakeRequest): void {
  existingDataset(lake.store, params)
  const query = url.searchParams.get('query')
  if (query === null || query.trim() === '') throw badRequest('Missing "query" parameter')
  // A malformed query or a missing parameter is a 400 now, not a silent stream that never matches.
  parseQuery(query, paramsFromSearch(url.searchParams))

  res.statusCode = 200
  res.setHeader('content-type', 'text/event-stream; charset=utf-8')
  res.setHeader('cache-control', 'no-cache, no-transform')
  res.setHeader('x-accel-buffering', 'no')
  const listenerName = randomBytes(12).toString('base64url')
  res.write(`event: welcome\ndata: ${JSON.stringify({ listenerName })}\n\n`)

  const keepalive = setInterval(() => res.write(':\n\n'), KEEPALIVE_INTERVAL_MS)
  keepalive.unref()
  trackStream(lake, { res, cleanup: () => clearInterval(keepalive) })
  // The body of a GET is empty; reading it lets the request finish on node:http.
  req.resume()
}

export const listenRoutes: readonly Route[] = [
  { path: 'data/listen/:dataset', versioned: true, methods: ['GET'], handle: listen },
]
