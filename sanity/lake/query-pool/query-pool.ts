// GROQ evaluation off the main thread: a few worker threads, each with a replica of the store's indexes, and a
// deadline per query after which its worker is terminated (and replaced). The main thread only queues, posts
// and relays JSON text, so no query can hold the event loop whatever it asks for. See README "Query budget".
import { Worker } from 'node:worker_threads'
import { GroqQueryError } from '../query/query-error.ts'
import type { ReadSummary } from '../query/query-reads.ts'
import type { LakeStore } from '../store/lake-store.ts'
import { isFromWorker, type QueryFailure, type QueryJob, type ToWorker, type WarmText } from './messages.ts'
import { QueryBudgetError, QueryExecutionFailure } from './query-budget-error.ts'
import { WarmTexts } from './warm-texts.ts'
import { WorkerFeed } from './worker-feed.ts'

export interface QueryPoolOptions {
  /** Worker threads; the first only takes light queries (see `heavy`), so they are answered under any load. */
  workers: number
  /** A query running longer is cut off (408). Sanity's own limit is 1 minute. */
  timeoutMs: number
  /** Heap of each worker: its replica plus what one query builds; a query that needs more is cut off. */
  heapMb: number
  /** Queries waiting for a worker; one more is refused (429). */
  maxQueued: number
  /** Longest JSON result (characters) a worker sends back. */
  maxResultLength: number
  /** Where the text indexes to build in every worker are remembered across restarts (see warm-texts.ts). */
  warmTextsFile?: string | undefined
}

export const DEFAULT_QUERY_POOL_OPTIONS: QueryPoolOptions = {
  workers: 2,
  timeoutMs: 10_000,
  heapMb: 2048,
  maxQueued: 256,
  maxResultLength: 200_000_000,
}

export interface PooledResult {
  /** The result as JSON text, spliced into the response as it is. */
  json: string
  /** What the query read, for its sync tags. */
  reads: ReadSummary
  /** The Content Source Map as JSON text, when the query asked for one. */
  sourceMap?: string | undefined
  /** Text indexes the worker had to build for this query (none when they were warm). */
  built?: readonly WarmText[] | undefined
}

export interface PooledQuery extends Omit<QueryJob, 'maxResultLength'> {
  /** From the static cost estimate: heavy queries never take the light-only worker. */
  readonly heavy: boolean
}

interface Waiting {
  readonly job: number
  readonly query: PooledQuery
  readonly resolve: (result: PooledResult) => void
  readonly reject: (error: Error) => void
  /** A query waits for a worker no longer than it may run (no worker ready, or all busy with heavy ones). */
  readonly queueTimer: NodeJS.Timeout
}

interface PoolWorker {
  readonly worker: Worker
  readonly feed: WorkerFeed
  readonly lightOnly: boolean
  ready: boolean
  retired: boolean
  running: (Waiting & { readonly timer: NodeJS.Timeout }) | undefined
}

const WORKER_URL = new URL('./query-worker.ts', import.meta.url)

export class QueryPool {
  readonly #store: LakeStore
  readonly #options: QueryPoolOptions
  readonly #log: (line: string) => void
  readonly #workers: PoolWorker[] = []
  readonly #queue: Waiting[] = []
  readonly #unsubscribe: () => void
  readonly #warmTexts: WarmTexts
  #nextJob = 0
  #closed = false

  constructor(store: LakeStore, options: Partial<QueryPoolOptions>, log: (line: string) => void) {
    this.#store = store
    this.#options = { ...DEFAULT_QUERY_POOL_OPTIONS, ...options }
    this.#log = log
    this.#warmTexts = new WarmTexts(this.#options.warmTextsFile, log)
    this.#unsubscribe = store.onCommit((transaction) => {
      const message: ToWorker = {
        kind: 'commit',
        dataset: transaction.dataset,
        changes: transaction.changes.map(({ id, after }) => ({ id, after })),
      }
      for (const entry of this.#workers) entry.feed.send(message)
    })
    for (let slot = 0; slot < Math.max(1, this.#options.workers); slot++) this.#spawn(slot === 0)
  }

  get options(): Readonly<QueryPoolOptions> {
    return this.#options
  }

  /** Resolves with the result as JSON text and what the query read; rejects with GroqQueryError, QueryExecutionFailure or QueryBudgetError. */
  run(query: PooledQuery): Promise<PooledResult> {
    if (this.#closed)
      return Promise.reject(new QueryBudgetError('queryQueueFull', 503, 'The lake is closing'))
    if (this.#queue.length >= this.#options.maxQueued) {
      return Promise.reject(
        new QueryBudgetError(
          'queryQueueFull',
          429,
          `Too many queries waiting (${this.#options.maxQueued}); retry shortly`,
        ),
      )
    }
    return new Promise((resolve, reject) => {
      const job = this.#nextJob++
      const queueTimer = setTimeout(() => {
        const position = this.#queue.findIndex((waiting) => waiting.job === job)
        if (position === -1) return
        this.#queue.splice(position, 1)
        const waited = this.#options.timeoutMs
        reject(new QueryBudgetError('queryTimeout', 408, `Query waited ${waited} ms for a free query worker`))
      }, this.#options.timeoutMs)
      queueTimer.unref()
      this.#queue.push({ job, query, resolve, reject, queueTimer })
      this.#dispatch()
    })
  }

  async close(): Promise<void> {
    this.#closed = true
    this.#unsubscribe()
    for (const waiting of this.#queue.splice(0)) {
      clearTimeout(waiting.queueTimer)
      waiting.reject(new QueryBudgetError('queryQueueFull', 503, 'The lake is closing'))
    }
    const workers = this.#workers.splice(0)
    await Promise.all(workers.map((entry) => this.#retire(entry, new Error('The lake is closing'))))
  }

  #spawn(lightOnly: boolean): void {
    if (this.#closed) return
    const worker = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: this.#options.heapMb },
      workerData: { lightOnly },
    })
    worker.unref()
    const entry: PoolWorker = {
      worker,
      feed: new WorkerFeed(worker, this.#store),
      lightOnly,
      ready: false,
      retired: false,
      running: undefined,
    }
    this.#workers.push(entry)
    worker.on('message', (message: unknown) => {
      if (!isFromWorker(message)) return
      if (message.kind === 'ready') {
        entry.ready = true
        // Queued before any query: a query dispatched next waits for these builds, not a reader's search later.
        for (const text of this.#warmTexts.entries())
          worker.postMessage({ kind: 'warm', text } satisfies ToWorker)
        this.#dispatch()
        return
      }
      if (message.kind === 'result' && message.built) this.#warmOthers(entry, message.built)
      const running = entry.running
      if (running === undefined || running.job !== message.job) return
      clearTimeout(running.timer)
      entry.running = undefined
      if (message.kind === 'result')
        running.resolve({
          json: message.json,
          reads: message.reads,
          sourceMap: message.sourceMap,
          built: message.built,
        })
      else running.reject(failureError(running.query.query, message.failure))
      this.#dispatch()
    })
    worker.on('error', (error) => this.#replace(entry, error))
    worker.on('exit', (code) => this.#replace(entry, new Error(`query worker exited with code ${code}`)))
  }

  /** Has the other ready workers build what one worker just built for a query (workers not ready yet get it then). */
  #warmOthers(builder: PoolWorker, built: readonly WarmText[]): void {
    for (const text of this.#warmTexts.add(built)) {
      for (const entry of this.#workers) {
        if (entry === builder || !entry.ready || entry.retired) continue
        entry.worker.postMessage({ kind: 'warm', text } satisfies ToWorker)
      }
    }
  }

  /** A worker that died (out of memory, a crash) or ran past a deadline gives way to a fresh one. */
  #replace(entry: PoolWorker, cause: Error): void {
    if (entry.retired) return
    const index = this.#workers.indexOf(entry)
    if (index !== -1) this.#workers.splice(index, 1)
    const outOfMemory = 'code' in cause && cause.code === 'ERR_WORKER_OUT_OF_MEMORY'
    if (!outOfMemory || entry.running === undefined) this.#log(`lake: query worker stopped: ${cause.message}`)
    void this.#retire(entry, cause)
    // A worker that dies before it is ready (its replica does not fit) is not retried in a tight loop.
    const delay = entry.ready ? 0 : 1_000
    setTimeout(() => {
      this.#spawn(entry.lightOnly)
      this.#dispatch()
    }, delay).unref()
  }

  async #retire(entry: PoolWorker, cause: Error): Promise<void> {
    if (entry.retired) return
    entry.retired = true
    entry.feed.stop()
    const running = entry.running
    entry.running = undefined
    if (running) {
      clearTimeout(running.timer)
      const outOfMemory = 'code' in cause && cause.code === 'ERR_WORKER_OUT_OF_MEMORY'
      running.reject(
        outOfMemory
          ? new QueryBudgetError(
              'queryMemoryLimit',
              400,
              `Query exceeded the memory budget of ${this.#options.heapMb} MB and was stopped`,
            )
          : new QueryExecutionFailure('The query could not be completed', cause.stack ?? cause.message),
      )
    }
    await entry.worker.terminate()
  }

  #dispatch(): void {
    for (const entry of this.#workers) {
      if (!entry.ready || entry.retired || entry.running !== undefined) continue
      const position = this.#queue.findIndex((waiting) => !(entry.lightOnly && waiting.query.heavy))
      if (position === -1) continue
      const [waiting] = this.#queue.splice(position, 1)
      if (waiting === undefined) continue
      clearTimeout(waiting.queueTimer)
      this.#start(entry, waiting)
    }
  }

  #start(entry: PoolWorker, waiting: Waiting): void {
    const { heavy: _heavy, ...request } = waiting.query
    const timer = setTimeout(() => {
      const running = entry.running
      if (running === undefined || running.job !== waiting.job) return
      entry.running = undefined
      running.reject(
        new QueryBudgetError(
          'queryTimeout',
          408,
          `Query exceeded the time limit of ${this.#options.timeoutMs} ms and was stopped`,
        ),
      )
      this.#replace(entry, new Error('query deadline passed'))
    }, this.#options.timeoutMs)
    timer.unref()
    entry.running = { ...waiting, timer }
    entry.worker.postMessage({
      kind: 'query',
      job: waiting.job,
      request: { ...request, maxResultLength: this.#options.maxResultLength },
    } satisfies ToWorker)
  }
}

function failureError(
  query: string,
  failure: QueryFailure,
): GroqQueryError | QueryExecutionFailure | QueryBudgetError {
  switch (failure.type) {
    case 'parse':
      return new GroqQueryError(failure.description, query, failure.start, failure.end)
    case 'execution':
      return new QueryExecutionFailure(failure.description, failure.detail)
    case 'resultTooLarge':
      return new QueryBudgetError('queryResultTooLarge', 400, failure.description)
  }
}
