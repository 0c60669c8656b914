// Open `listen` event streams per running lake, so closing the lake ends them instead of waiting on them.
import type { LakeContext, LakeResponse } from './types.ts'

export interface ListenStream {
  readonly res: LakeResponse
  /** Stops timers and subscriptions; called once, whoever ends the stream. */
  readonly cleanup: () => void
}

const streamsByLake = new WeakMap<LakeContext, Set<ListenStream>>()

export function openStreams(lake: LakeContext): Set<ListenStream> {
  let streams = streamsByLake.get(lake)
  if (!streams) {
    streams = new Set()
    streamsByLake.set(lake, streams)
  }
  return streams
}

/** Registers a stream; it leaves the registry (and is cleaned up) when the client goes away. */
export function trackStream(lake: LakeContext, stream: ListenStream): void {
  const streams = openStreams(lake)
  streams.add(stream)
  stream.res.once('close', () => {
    if (streams.delete(stream)) stream.cleanup()
  })
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
