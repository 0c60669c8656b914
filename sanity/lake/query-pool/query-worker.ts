// A query worker: evaluates GROQ against its replica of the indexes, off the lake's main thread, so a runaway
// query costs this thread (which the pool terminates at its deadline) and never the event loop that serves
// everyone else. Results go back as JSON text: serialising here also keeps that work off the main thread.
import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import { GroqQueryError, runQuery } from '../query/run-query.ts'
import { readsFor, sourceMapJson } from '../source-map/query-source-map.ts'
import { type FromWorker, isToWorker, type QueryFailure, type QueryJob } from './messages.ts'
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

function run(job: number, request: QueryJob): void {
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
    post({ kind: 'result', job, json, reads: reads.summary(), sourceMap })
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
  }
})
