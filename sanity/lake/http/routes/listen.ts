// GET /v{v}/data/listen/{dataset}: Sanity's listener as server-sent events. The Studio opens several and
// needs `event: welcome` first; then a `mutation` event for each committed change to a document the query
// selects (before or after), and `:` comments that keep idle streams from being cut. With
// `enableResume=true` and a `Last-Event-ID` it replays what was missed (`welcomeback`) or says `reset`.
import { randomBytes } from 'node:crypto'
import { renderingFor, sseText } from '../../listen/event-text.ts'
import {
  type ListenOptions,
  type ListenScope,
  type MutationEvent,
  mutationEvents,
  queryMatcher,
} from '../../listen/mutation-events.ts'
import { missedTransactions } from '../../listen/resume.ts'
import { GroqQueryError, parseQuery } from '../../query/run-query.ts'
import { isPublicDocumentId } from '../../store/names.ts'
import { existingDataset, flag } from '../dataset-param.ts'
import { badRequest, HttpError } from '../http-error.ts'
import {
  admitStream,
  type ListenStream,
  queueDelivery,
  sendToStream,
  streamClient,
  trackStream,
} from '../listen-streams.ts'
import type { LakeRequest, LakeResponse, Route } from '../types.ts'
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

function openEventStream(res: LakeResponse): void {
  res.statusCode = 200
  res.setHeader('content-type', 'text/event-stream; charset=utf-8')
  res.setHeader('cache-control', 'no-cache, no-transform')
  res.setHeader('x-accel-buffering', 'no')
}

function writeEvent(res: LakeResponse, name: string, data: unknown, id?: string): void {
  res.write(sseText(name, JSON.stringify(data), id))
}

function writeMutations(res: LakeResponse, events: readonly MutationEvent[]): void {
  for (const event of events) writeEvent(res, 'mutation', event, event.eventId)
}

/**
 * Listeners that hear exactly the same events for every commit: same dataset, query, parameters, options
 * and read scope. They share one rendering of each commit's events (see listen/event-text.ts).
 */
function listenerKind(request: LakeRequest, dataset: string, options: ListenOptions): string {
  const { url, identity } = request
  const params = [...url.searchParams].filter(([key]) => key.startsWith('$')).sort()
  const scope = identity.kind === 'user' ? 'all' : 'public'
  return JSON.stringify([dataset, scope, url.searchParams.get('query'), params, options])
}

/**
 * A query that does not parse (or lacks a parameter) is answered as Sanity does: a 200 stream with one
 * `channelError` event, which @sanity/client raises as a ChannelError instead of retrying the connection.
 */
function matcherOrChannelError(url: URL, res: LakeResponse): ListenScope['matches'] | undefined {
  const query = url.searchParams.get('query')
  if (query === null || query.trim() === '') throw badRequest('Missing "query" parameter')
  try {
    const queryParams = paramsFromSearch(url.searchParams)
    return queryMatcher(parseQuery(query, queryParams), queryParams)
  } catch (error) {
    const message =
      error instanceof GroqQueryError
        ? error.description
        : error instanceof HttpError && error.statusCode === 400
          ? error.message
          : undefined
    if (message === undefined) throw error
    openEventStream(res)
    writeEvent(res, 'channelError', { message })
    res.end()
    return undefined
  }
}

function lastEventId(request: LakeRequest): string | undefined {
  const header = request.req.headers['last-event-id']
  const value = Array.isArray(header) ? header[0] : header
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

/** Replays what the listener missed; false when that cannot be done (the id is unknown or too old). */
function resume(
  request: LakeRequest,
  dataset: string,
  eventId: string,
  scope: ListenScope,
  options: ListenOptions,
): boolean {
  const missed = missedTransactions(request.lake.store, dataset, eventId)
  if (!missed) return false
  writeEvent(request.res, 'welcomeback', { listenerName: randomBytes(12).toString('base64url') })
  missed.forEach(({ transaction, effects }, index) => {
    let events = mutationEvents(transaction, effects, scope, options)
    if (index === 0) {
      // The last event's own transaction: send only what came after that event in it.
      const delivered = events.findIndex((event) => event.eventId === eventId)
      events = delivered === -1 ? [] : events.slice(delivered + 1)
    }
    writeMutations(request.res, events)
  })
  return true
}

function listen(request: LakeRequest): void {
  const { req, res, url, lake, params, identity } = request
  const dataset = existingDataset(lake.store, params)
  const options = listenOptions(url)
  const client = streamClient(request)
  admitStream(lake, client)
  const matches = matcherOrChannelError(url, res)
  if (!matches) return
  // Anonymous listeners hear about root-path documents only, like anonymous readers (see auth in the README).
  const scope: ListenScope = {
    matches,
    readable: identity.kind === 'user' ? () => true : isPublicDocumentId,
  }
  const kind = listenerKind(request, dataset, options)

  openEventStream(res)
  const resumeFrom = flag(url, 'enableResume', false) ? lastEventId(request) : undefined
  if (resumeFrom === undefined) {
    writeEvent(res, 'welcome', { listenerName: randomBytes(12).toString('base64url') })
  } else if (!resume(request, dataset, resumeFrom, scope, options)) {
    writeEvent(res, 'reset', {})
  }

  const unsubscribe = lake.store.onCommit((transaction, committed) => {
    if (transaction.dataset !== dataset) return
    // Delivered after the writer has its answer, in commit order: the commit's latency does not grow with
    // its listeners, and other requests are served between slices of deliveries.
    queueDelivery(lake, () => {
      if (res.writableEnded || res.destroyed) return
      const chunks = renderingFor(transaction).forListenerKind(kind, () =>
        mutationEvents(transaction, committed.effects, scope, options),
      )
      if (chunks.length > 0) sendToStream(lake, stream, chunks)
    })
  })
  const keepalive = setInterval(() => sendToStream(lake, stream, [':\n\n']), KEEPALIVE_INTERVAL_MS)
  keepalive.unref()
  const stream: ListenStream = {
    res,
    client,
    cleanup: () => {
      clearInterval(keepalive)
      unsubscribe()
    },
  }
  trackStream(lake, stream)
  // The body of a GET is empty; reading it lets the request finish on node:http.
  req.resume()
}

export const listenRoutes: readonly Route[] = [
  { path: 'data/listen/:dataset', versioned: true, methods: ['GET'], handle: listen },
]
