// GET /v{v}/data/listen/{dataset}: Sanity's listener as server-sent events. The Studio opens several and
// needs `event: welcome` first; then a `mutation` event for each committed change to a document the query
// selects (before or after), and `:` comments that keep idle streams from being cut.
import { randomBytes } from 'node:crypto'
import { type ListenOptions, mutationEvents, queryMatcher } from '../../listen/mutation-events.ts'
import type { LakeDocument } from '../../query/document-index.ts'
import { parseQuery } from '../../query/run-query.ts'
import { existingDataset, flag } from '../dataset-param.ts'
import { badRequest } from '../http-error.ts'
import { trackStream } from '../listen-streams.ts'
import type { LakeRequest, Route } from '../types.ts'
import { paramsFromSearch } from './query.ts'

/** Well under the usual 60 s idle timeouts of proxies and of Node's own keep-alive handling. */
export const KEEPALIVE_INTERVAL_MS = 15_000

function listenOptions(url: URL): ListenOptions {
  const effectFormat = url.searchParams.get('effectFormat')
  if (effectFormat !== null && effectFormat !== 'mendoza') {
    throw badRequest(`Unsupported effectFormat "${effectFormat}": use mendoza`)
  }
  return {
    includeResult: flag(url, 'includeResult', true),
    includePreviousRevision: flag(url, 'includePreviousRevision', false),
    includeMutations: flag(url, 'includeMutations', true),
    effectFormat: effectFormat === null ? undefined : effectFormat,
  }
}

/** Anonymous listeners hear about root-path documents only, like anonymous readers (see auth in the README). */
function isPublicDocument(document: LakeDocument): boolean {
  return !document._id.includes('.')
}

function listen({ req, res, url, lake, params, identity }: LakeRequest): void {
  const dataset = existingDataset(lake.store, params)
  const query = url.searchParams.get('query')
  if (query === null || query.trim() === '') throw badRequest('Missing "query" parameter')
  const queryParams = paramsFromSearch(url.searchParams)
  // A malformed query or a missing parameter is a 400 now, not a silent stream that never matches.
  const matches = queryMatcher(parseQuery(query, queryParams), queryParams)
  const visible =
    identity.kind === 'user'
      ? matches
      : (document: LakeDocument) => isPublicDocument(document) && matches(document)
  const options = listenOptions(url)

  res.statusCode = 200
  res.setHeader('content-type', 'text/event-stream; charset=utf-8')
  res.setHeader('cache-control', 'no-cache, no-transform')
  res.setHeader('x-accel-buffering', 'no')
  const listenerName = randomBytes(12).toString('base64url')
  res.write(`event: welcome\ndata: ${JSON.stringify({ listenerName })}\n\n`)

  const unsubscribe = lake.store.onCommit((transaction) => {
    if (transaction.dataset !== dataset || res.writableEnded) return
    for (const event of mutationEvents(transaction, visible, options)) {
      res.write(`id: ${event.eventId}\nevent: mutation\ndata: ${JSON.stringify(event)}\n\n`)
    }
  })
  const keepalive = setInterval(() => res.write(':\n\n'), KEEPALIVE_INTERVAL_MS)
  keepalive.unref()
  trackStream(lake, {
    res,
    cleanup: () => {
      clearInterval(keepalive)
      unsubscribe()
    },
  })
  // The body of a GET is empty; reading it lets the request finish on node:http.
  req.resume()
}

export const listenRoutes: readonly Route[] = [
  { path: 'data/listen/:dataset', versioned: true, methods: ['GET'], handle: listen },
]
