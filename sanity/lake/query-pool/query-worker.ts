// A query worker: evaluates GROQ against its replica of the indexes, off the lake's main thread, so a runaway
// query costs this thread (which the pool terminates at its deadline) and never the event loop that serves
// everyone else. Results go back as JSON text: serialising here also keeps that work off the main thread.
import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import { viewFor } from '../query/perspective.ts'
import { GroqQueryError, runQuery } from '../query/run-query.ts'
import { textIndex, textIndexBuildCount, textIndexesBuiltSince } from '../query/text-index.ts'
import { readsFor, sourceMapJson } from '../source-map/query-source-map.ts'
import { type FromWorker, isToWorker, type QueryFailure, type QueryJob, type WarmText } from './messages.ts'
import { IndexReplica } from './replica.ts'

const replica = new IndexReplica()

/** Niceness of a heavy-query thread: when those keep every core busy, the rest still gets scheduled first. */
const QUERY_THREAD_NICENESS = 10

/**
 * Linux schedules threads one by one, and setpriority() on a thread id renices just that thread, so this
 * thread yields the CPU to the main thread and the light worker. Elsewhere it is skipped.
 */
function lowerThreadPriority(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').at(-1))
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, QUERY_THREAD_NICENESS)
  } catch {
    // No /proc (macOS, Windows) or not permitted: the worker runs at the process's priority.
  }
}

// The light-only worker keeps the process's priority: it answers the ordinary reads that must stay fast.
if (
  workerData !== null &&
  typeof workerData === 'object' &&
  'lightOnly' in workerData &&
  !workerData.lightOnly
) {
  lowerThreadPriority()
}

function post(message: FromWorker): void {
  parentPort?.postMessage(message)
}

function failureOf(error: unknown): QueryFailure {
  if (error instanceof GroqQueryError) {
    return { type: 'parse', description: error.description, start: error.start, end: error.end }
  }
  const description = error instanceof Error ? error.message : String(error)
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
  return { type: 'execution', description, detail }
}

/** JSON text, or undefined past V8's longest string (~512 MB), which JSON.stringify reports as a RangeError. */
function serialised(result: unknown): string | undefined {
  try {
    return JSON.stringify(result ?? null)
  } catch (error) {
    if (error instanceof RangeError) return undefined
    throw error
  }
}

/** The text indexes a query built, as the pool can have other workers build them (release stacks aside). */
function builtBy(request: QueryJob, since: number): WarmText[] | undefined {
  const { dataset, publicOnly, perspective } = request
  if (typeof perspective !== 'string') return undefined
  const texts = textIndexesBuiltSince(since)
  if (texts.length === 0) return undefined
  return texts.map((text) => ({ dataset, publicOnly, perspective, text }))
}

function warm({ dataset, publicOnly, perspective, text }: WarmText): void {
  try {
    textIndex(viewFor(replica.index(dataset, publicOnly), perspective), text)
  } catch {
    // A text the replica cannot index is built (and fails) again on the query that needs it.
  }
}

function run(job: number, request: QueryJob): void {
  const buildsBefore = textIndexBuildCount()
  try {
    const index = replica.index(request.dataset, request.publicOnly)
    const reads = readsFor(request.sourceMap)
    const result = runQuery(index, request.query, request.params, {
      perspective: request.perspective,
      identity: request.identity,
      reads,
    })
    const json = serialised(result)
    if (json === undefined || json.length > request.maxResultLength) {
      const description = `query result is too large: more than ${request.maxResultLength} characters of JSON`
      post({ kind: 'failed', job, failure: { type: 'resultTooLarge', description } })
      return
    }
    const sourceMap = sourceMapJson(result, index, request.perspective, reads, request.sourceMap)
    if (sourceMap !== undefined && sourceMap.length > request.maxResultLength) {
      const description = `source map is too large: more than ${request.maxResultLength} characters of JSON`
      post({ kind: 'failed', job, failure: { type: 'resultTooLarge', description } })
      return
    }
    const built = builtBy(request, buildsBefore)
    post({ kind: 'result', job, json, reads: reads.summary(), sourceMap, built })
  } catch (error) {
    post({ kind: 'failed', job, failure: failureOf(error) })
  }
}

parentPort?.on('message', (message: unknown) => {
  if (!isToWorker(message)) return
  switch (message.kind) {
    case 'load':
      for (const document of message.documents) replica.put(message.dataset, document)
      return
    case 'loaded':
      post({ kind: 'ready' })
      return
    case 'commit':
      for (const { id, after } of message.changes) {
        if (after) replica.put(message.dataset, after)
        else replica.remove(message.dataset, id)
      }
      return
    case 'query':
      run(message.job, message.request)
      return
    case 'warm':
      warm(message.text)
      return
  }
})
