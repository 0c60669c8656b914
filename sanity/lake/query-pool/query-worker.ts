// A query worker: evaluates GROQ against its replica of the indexes, off the lake's main thread, so a runaway
// query costs this thread (which the pool terminates at its deadline) and never the event loop that serves
// everyone else. Results go back as JSON text: serialising here also keeps that work off the main thread.
import { parentPort } from 'node:worker_threads'
import { GroqQueryError, runQuery } from '../query/run-query.ts'
import { type FromWorker, isToWorker, type QueryFailure, type QueryJob } from './messages.ts'
import { IndexReplica } from './replica.ts'

const replica = new IndexReplica()

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

function run(job: number, request: QueryJob): void {
  try {
    const index = replica.index(request.dataset, request.publicOnly)
    const result = runQuery(index, request.query, request.params, {
      perspective: request.perspective,
      identity: request.identity,
    })
    const json = JSON.stringify(result ?? null)
    if (json.length > request.maxResultLength) {
      const description = `query result is too large: more than ${request.maxResultLength} characters of JSON`
      post({ kind: 'failed', job, failure: { type: 'resultTooLarge', description } })
      return
    }
    post({ kind: 'result', job, json })
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
