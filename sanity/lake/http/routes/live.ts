// GET /v{v}/data/live/events/{dataset}: the Live Content API as server-sent events, as @sanity/client's
// `client.live.events()` reads them: `welcome` first, then `message` events `{tags}` whose id is the
// transaction's; `restart` when a Last-Event-ID cannot be resumed; `goaway` when the lake refuses the stream.
import { type LiveEvent, liveHubFor, tagsFor } from '../../live/live-hub.ts'
import { type Visibility, visibleTo } from '../../live/sync-tags.ts'
import { existingDataset, flag } from '../dataset-param.ts'
import { unauthorized } from '../http-error.ts'
import { admitStream, streamClient, trackStream } from '../listen-streams.ts'
import type { LakeRequest, LakeResponse, Route } from '../types.ts'
import { KEEPALIVE_INTERVAL_MS } from './listen.ts'

/** Open live streams per lake (each holds a socket); beyond it a new stream gets `goaway`. */
export const MAX_LIVE_STREAMS = 1000

const liveStreams = new WeakMap<LakeRequest['lake'], Set<LakeResponse>>()

function writeEvent(res: LakeResponse, name: string, data: unknown, id?: string): void {
  res.write(`${id === undefined ? '' : `id: ${id}\n`}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`)
}

function writeMessage(res: LakeResponse, event: LiveEvent, visibilities: readonly Visibility[]): void {
  const tags = tagsFor(event, visibilities)
  if (tags.length > 0) writeEvent(res, 'message', { tags }, event.id)
}

function lastEventId(request: LakeRequest): string | undefined {
  const header = request.req.headers['last-event-id']
  const value = Array.isArray(header) ? header[0] : header
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

function liveEvents(request: LakeRequest): void {
  const { req, res, url, lake, params, identity } = request
  const dataset = existingDataset(lake.store, params)
  const includeDrafts = flag(url, 'includeDrafts', false)
  // Drafts are never announced to anonymous streams; asking for them without a token is a client mistake.
  if (includeDrafts && identity.kind !== 'user') throw unauthorized('includeDrafts requires a token')
  const visibilities = visibleTo(identity.kind === 'user', includeDrafts)
  const hub = liveHubFor(lake.store)
  // Live streams count against the same per-client and total caps as listen streams.
  const client = streamClient(request)
  admitStream(lake, client)

  res.statusCode = 200
  res.setHeader('content-type', 'text/event-stream; charset=utf-8')
  res.setHeader('cache-control', 'no-cache, no-transform')
  res.setHeader('x-accel-buffering', 'no')
  req.resume()

  const streams = liveStreams.get(lake) ?? new Set()
  liveStreams.set(lake, streams)
  if (streams.size >= MAX_LIVE_STREAMS) {
    writeEvent(res, 'goaway', { reason: 'The lake has too many open live streams' }, hub.latest(dataset)?.id)
    res.end()
    return
  }

  writeEvent(res, 'welcome', {})
  const resumeFrom = lastEventId(request)
  if (resumeFrom !== undefined) {
    const missed = hub.since(dataset, resumeFrom)
    if (missed === undefined) writeEvent(res, 'restart', {}, hub.latest(dataset)?.id)
    else for (const event of missed) writeMessage(res, event, visibilities)
  }

  const unsubscribe = hub.subscribe(dataset, (event) => {
    if (!res.writableEnded) writeMessage(res, event, visibilities)
  })
  const keepalive = setInterval(() => res.write(':\n\n'), KEEPALIVE_INTERVAL_MS)
  keepalive.unref()
  streams.add(res)
  trackStream(lake, {
    res,
    client,
    cleanup: () => {
      streams.delete(res)
      clearInterval(keepalive)
      unsubscribe()
    },
  })
}

export const liveRoutes: readonly Route[] = [
  { path: 'data/live/events/:dataset', versioned: true, methods: ['GET'], handle: liveEvents },
]
