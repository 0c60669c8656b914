// Open `listen` event streams per running lake: caps on how many are open (per client and in all), a bound on
// what each may have waiting to be sent, and closing them all when the lake closes.
import { httpError } from './http-error.ts'
import { clientAddress } from './token-attempts.ts'
import type { LakeContext, LakeRequest, LakeResponse } from './types.ts'

export interface ListenLimits {
  /** Open streams per client: a signed-in user, or an address for anonymous readers. */
  perClient: number
  /** Open streams in all. Sanity's free plan allows 1,000 concurrent listeners. */
  total: number
  /**
   * Bytes a stream may still have waiting to be sent when the next event is written; beyond it the listener
   * has stopped reading and is dropped (it reconnects, and resumes with `Last-Event-ID`).
   */
  maxBufferedBytes: number
  /** Bytes waiting over all streams; beyond it the most backed-up streams are dropped first. */
  maxTotalBufferedBytes: number
}

export const DEFAULT_LISTEN_LIMITS: ListenLimits = {
  perClient: 100,
  total: 1_000,
  maxBufferedBytes: 8 * 1024 * 1024,
  maxTotalBufferedBytes: 256 * 1024 * 1024,
}

export interface ListenStream {
  readonly res: LakeResponse
  /** Who opened it (see ListenLimits.perClient). */
  readonly client: string
  /** Stops timers and subscriptions; called once, whoever ends the stream. */
  readonly cleanup: () => void
}

const streamsByLake = new WeakMap<LakeContext, Set<ListenStream>>()

/** Whose budget of open streams one counts against: the signed-in user, else the address. */
export function streamClient(request: LakeRequest): string {
  return request.identity.kind === 'user'
    ? `user ${request.identity.userId}`
    : `address ${clientAddress(request.req)}`
}

export function openStreams(lake: LakeContext): Set<ListenStream> {
  let streams = streamsByLake.get(lake)
  if (!streams) {
    streams = new Set()
    streamsByLake.set(lake, streams)
  }
  return streams
}

export function listenLimits(lake: LakeContext): ListenLimits {
  return { ...DEFAULT_LISTEN_LIMITS, ...lake.listenLimits }
}

/** Throws a 429 when `client` may not open another stream. */
export function admitStream(lake: LakeContext, client: string): void {
  const limits = listenLimits(lake)
  const streams = openStreams(lake)
  if (streams.size >= limits.total) {
    throw httpError(429, `Max listener limit exceeded at ${limits.total}`)
  }
  let ofClient = 0
  for (const stream of streams) if (stream.client === client) ofClient++
  if (ofClient >= limits.perClient) {
    throw httpError(429, `Max listener limit exceeded at ${limits.perClient} for this client`)
  }
}

/** Registers a stream; it leaves the registry (and is cleaned up) when the client goes away. */
export function trackStream(lake: LakeContext, stream: ListenStream): void {
  const streams = openStreams(lake)
  streams.add(stream)
  stream.res.once('close', () => {
    if (streams.delete(stream)) stream.cleanup()
  })
}

/** Ends a stream that cannot keep up: its buffer is released and the client sees the connection drop. */
export function dropStream(lake: LakeContext, stream: ListenStream, reason: string): void {
  const streams = openStreams(lake)
  if (!streams.delete(stream)) return
  stream.cleanup()
  lake.log(`lake: listener of ${stream.client} dropped: ${reason}`)
  stream.res.destroy()
}

/**
 * Writes `chunks` unless the stream still holds more than the bound from earlier writes (a reader that keeps
 * up drains between events; one that stopped is dropped instead of buffered without end). A single large
 * event is always let through. Returns false when the stream was dropped.
 */
export function sendToStream(
  lake: LakeContext,
  stream: ListenStream,
  chunks: readonly (string | Buffer)[],
): boolean {
  const { maxBufferedBytes } = listenLimits(lake)
  const { res } = stream
  if (res.writableLength > maxBufferedBytes) {
    dropStream(lake, stream, `more than ${maxBufferedBytes} bytes unread`)
    return false
  }
  // Corked: the pieces of one event go out in one writev, not one chunked-encoding frame each.
  res.cork()
  for (const chunk of chunks) res.write(chunk)
  process.nextTick(() => res.uncork())
  return true
}

/**
 * Longest run of deliveries in one turn of the event loop; the rest waits for the next turn. A write arriving
 * meanwhile waits up to one slice at each step of its handling (body, commit, answer): with 10 ms slices a
 * 100 KB write sent right after another with 200 listeners took 35 ms instead of 8 (`npm run bench:listeners`).
 */
const DELIVERY_SLICE_MS = 2

const deliveries = new WeakMap<LakeContext, (() => void)[]>()

/**
 * Runs `deliver` after the current request is answered, in FIFO order with every other delivery, at most
 * DELIVERY_SLICE_MS of them per turn: 200 listeners of a 1 MB write take a while to be written to, and
 * other requests are served in between instead of waiting for all of them.
 */
export function queueDelivery(lake: LakeContext, deliver: () => void): void {
  let queue = deliveries.get(lake)
  if (queue === undefined) {
    const created: (() => void)[] = []
    deliveries.set(lake, created)
    queue = created
  }
  queue.push(deliver)
  if (queue.length === 1) setImmediate(() => drainDeliveries(lake))
}

function drainDeliveries(lake: LakeContext): void {
  const queue = deliveries.get(lake)
  if (queue === undefined) return
  const started = performance.now()
  let done = 0
  while (done < queue.length && performance.now() - started < DELIVERY_SLICE_MS) {
    const deliver = queue[done]
    done++
    try {
      deliver?.()
    } catch (error) {
      lake.log(`lake: listener delivery failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  queue.splice(0, done)
  if (queue.length > 0) setImmediate(() => drainDeliveries(lake))
  else enforceTotalBuffer(lake)
}

/** Drops the most backed-up streams while the bytes waiting over all of them are over the bound. */
export function enforceTotalBuffer(lake: LakeContext): void {
  const { maxTotalBufferedBytes } = listenLimits(lake)
  const streams = [...openStreams(lake)]
  let total = 0
  for (const stream of streams) total += stream.res.writableLength
  if (total <= maxTotalBufferedBytes) return
  streams.sort((a, b) => b.res.writableLength - a.res.writableLength)
  for (const stream of streams) {
    if (total <= maxTotalBufferedBytes) return
    total -= stream.res.writableLength
    dropStream(lake, stream, `listeners hold more than ${maxTotalBufferedBytes} bytes unread in all`)
  }
}

/** Ends every open stream cleanly (the client sees the end of the response, then may reconnect). */
export function closeListenStreams(lake: LakeContext): void {
  const streams = openStreams(lake)
  for (const stream of [...streams]) {
    streams.delete(stream)
    stream.cleanup()
    if (!stream.res.writableEnded) stream.res.end()
  }
}
