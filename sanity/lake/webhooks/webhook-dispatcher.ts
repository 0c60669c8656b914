// Works the durable queue: after every commit the transaction's deliveries are planned and queued (in
// commit order), then sent. Per (webhook, document) only the oldest pending delivery is ever in flight, so
// a receiver sees one document's changes in commit order; other documents do not wait on a failing one.
// Network errors, 429 and 5xx are retried with exponential backoff; rows live in SQLite, so a restart
// resumes what was pending.
import type { LakeStore } from '../store/lake-store.ts'
import type { TransactionInput } from '../store/transaction-record.ts'
import { type AttemptResult, type Fetch, sendDelivery } from './send-delivery.ts'
import type { Webhook } from './webhook-definition.ts'
import { plannedDeliveries } from './webhook-payload.ts'
import type { QueuedDelivery, WebhookRepository } from './webhook-repository.ts'

export interface WebhookDeliveryOptions {
  fetch: Fetch
  /** Milliseconds since the epoch. */
  now: () => number
  /** Delay before the second attempt; doubles per attempt up to `maxDelayMs`. */
  baseDelayMs: number
  maxDelayMs: number
  /** Attempts before a delivery is given up (logged as failed). */
  maxAttempts: number
  /** Pending deliveries kept at most; beyond it the oldest are dropped and logged. */
  queueLimit: number
  /** Deliveries in flight at once (each for a different document). */
  concurrency: number
  timeoutMs: number
  log: (line: string) => void
}

export const DEFAULT_DELIVERY_OPTIONS: WebhookDeliveryOptions = {
  fetch: (input, init) => fetch(input, init),
  now: () => Date.now(),
  baseDelayMs: 1000,
  maxDelayMs: 5 * 60_000,
  maxAttempts: 10,
  queueLimit: 10_000,
  concurrency: 4,
  timeoutMs: 10_000,
  log: () => {},
}

/** Delay after the `attempt`-th failed attempt (1-based): base, 2 x base, 4 x base, ... capped. */
export function backoffDelay(
  attempt: number,
  options: Pick<WebhookDeliveryOptions, 'baseDelayMs' | 'maxDelayMs'>,
): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30)
  return Math.min(options.baseDelayMs * 2 ** exponent, options.maxDelayMs)
}

export class WebhookDispatcher {
  readonly #repository: WebhookRepository
  readonly #options: WebhookDeliveryOptions
  readonly #inFlight = new Set<number>()
  #planning: Promise<void> = Promise.resolve()
  #timer: NodeJS.Timeout | undefined
  #stopped = false
  #active = new Set<Promise<void>>()
  /** Aborts requests in flight at shutdown; their rows stay pending for the next start. */
  readonly #shutdown = new AbortController()

  constructor(repository: WebhookRepository, options: WebhookDeliveryOptions) {
    this.#repository = repository
    this.#options = options
  }

  /** Plans and queues a committed transaction's deliveries; chained, so queue order is commit order. */
  enqueueTransaction(store: LakeStore, transaction: TransactionInput): Promise<void> {
    this.#planning = this.#planning.then(async () => {
      if (this.#stopped) return
      const index = store.index(transaction.dataset)
      if (!index) return
      const webhooks = this.#repository.list().filter((webhook) => webhook.dataset === transaction.dataset)
      const now = this.#options.now()
      for (const webhook of webhooks) {
        const planned = await plannedDeliveries(webhook, transaction, index, (documentId, error) =>
          this.#options.log(
            `lake: webhook "${webhook.name}" skipped ${documentId}: ${error instanceof Error ? error.message : String(error)}`,
          ),
        )
        if (this.#stopped) return
        this.#repository.enqueue(
          planned.map((delivery) => ({ ...delivery, nextAttemptAt: now })),
          this.#options.queueLimit,
          now,
        )
      }
      this.pump()
    })
    return this.#planning
  }

  /** Starts every delivery that is due and allowed; schedules a wake-up for the next one that is not. */
  pump(): void {
    if (this.#stopped) return
    clearTimeout(this.#timer)
    this.#timer = undefined
    const now = this.#options.now()
    const webhooks = new Map(this.#repository.list().map((webhook) => [webhook.id, webhook]))
    let nextDue: number | undefined
    for (const delivery of this.#repository.heads()) {
      if (this.#inFlight.has(delivery.seq)) continue
      if (delivery.nextAttemptAt > now) {
        nextDue = Math.min(nextDue ?? delivery.nextAttemptAt, delivery.nextAttemptAt)
        continue
      }
      if (this.#inFlight.size >= this.#options.concurrency) break
      const webhook = webhooks.get(delivery.webhookId)
      if (webhook) this.#start(webhook, delivery)
    }
    if (nextDue !== undefined) {
      this.#timer = setTimeout(() => this.pump(), Math.max(0, nextDue - now))
      this.#timer.unref()
    }
  }

  /** Resolves when nothing is being planned or sent (tests, shutdown). */
  async idle(): Promise<void> {
    await this.#planning
    while (this.#active.size > 0) await Promise.all(this.#active)
  }

  async stop(): Promise<void> {
    this.#stopped = true
    clearTimeout(this.#timer)
    this.#shutdown.abort()
    await this.#planning.catch(() => undefined)
    await Promise.all(this.#active)
  }

  #start(webhook: Webhook, delivery: QueuedDelivery): void {
    this.#inFlight.add(delivery.seq)
    const work = this.#attempt(webhook, delivery)
      .catch((error: unknown) => this.#options.log(`lake: webhook delivery crashed: ${String(error)}`))
      .finally(() => {
        this.#inFlight.delete(delivery.seq)
        this.#active.delete(work)
        this.pump()
      })
    this.#active.add(work)
  }

  async #attempt(webhook: Webhook, delivery: QueuedDelivery): Promise<void> {
    const started = this.#options.now()
    const result = await sendDelivery(webhook, delivery, {
      fetch: this.#options.fetch,
      now: started,
      timeoutMs: this.#options.timeoutMs,
      signal: this.#shutdown.signal,
      secret: this.#repository.secretOf(webhook.id),
    })
    const finished = this.#options.now()
    // A webhook removed while its request was out: its rows went with it.
    if (this.#stopped || !this.#repository.list().some((current) => current.id === webhook.id)) return
    const attempt = delivery.attempts + 1
    const { outcome, next } = this.#judge(result, attempt, finished)
    this.#repository.settle(
      delivery,
      {
        webhookId: webhook.id,
        documentId: delivery.documentId,
        transactionId: delivery.transactionId,
        attempt,
        outcome,
        statusCode: result.statusCode,
        error: result.kind === 'delivered' ? null : result.error,
        durationMs: Math.max(0, finished - started),
        at: finished,
      },
      next,
    )
    if (outcome === 'failed') {
      this.#options.log(
        `lake: webhook "${webhook.name}" gave up on ${delivery.documentId} after ${attempt} attempt(s): ${result.kind === 'delivered' ? '' : result.error}`,
      )
    }
  }

  #judge(
    result: AttemptResult,
    attempt: number,
    now: number,
  ): { outcome: 'delivered' | 'retry' | 'failed'; next?: number } {
    if (result.kind === 'delivered') return { outcome: 'delivered' }
    if (result.kind === 'rejected' || attempt >= this.#options.maxAttempts) return { outcome: 'failed' }
    return { outcome: 'retry', next: now + backoffDelay(attempt, this.#options) }
  }
}
