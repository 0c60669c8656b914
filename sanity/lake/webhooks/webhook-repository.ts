// The webhook tables (schema in store/schema.ts): definitions with their secrets, the delivery queue, the
// attempt log. Its own SQLite connection to the lake's file, so the store's API does not grow for it.
import { randomBytes, randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { DATABASE_FILE } from '../store/lake-store.ts'
import { prepareDatabase } from '../store/schema.ts'
import {
  OPERATIONS,
  type Operation,
  type Webhook,
  type WebhookDefinition,
  webhookDefinitionSchema,
} from './webhook-definition.ts'

export interface QueuedDelivery {
  seq: number
  webhookId: string
  documentId: string
  transactionId: string
  operation: Operation
  body: string
  attempts: number
  nextAttemptAt: number
}

export type AttemptOutcome = 'delivered' | 'retry' | 'failed' | 'dropped'

export interface AttemptRecord {
  webhookId: string
  documentId: string
  transactionId: string
  attempt: number
  outcome: AttemptOutcome
  statusCode: number | null
  error: string | null
  durationMs: number
  at: number
}

/** Attempts kept per webhook: older ones are pruned as new ones are logged. */
export const ATTEMPT_LOG_SIZE = 200

export function generateSecret(): string {
  return randomBytes(32).toString('base64url')
}

export class WebhookRepository {
  readonly #db: DatabaseSync

  private constructor(db: DatabaseSync) {
    this.#db = db
  }

  static open(dataDir: string): WebhookRepository {
    const db = new DatabaseSync(join(dataDir, DATABASE_FILE))
    prepareDatabase(db)
    return new WebhookRepository(db)
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close()
  }

  hasDataset(name: string): boolean {
    return this.#db.prepare('SELECT 1 AS found FROM datasets WHERE name = ?').get(name) !== undefined
  }

  list(): Webhook[] {
    return this.#db
      .prepare('SELECT id, definition, created_at FROM webhooks ORDER BY name')
      .all()
      .flatMap((row) => {
        const webhook = parseWebhookRow(row)
        return webhook ? [webhook] : []
      })
  }

  findByName(name: string): Webhook | undefined {
    const row = this.#db.prepare('SELECT id, definition, created_at FROM webhooks WHERE name = ?').get(name)
    return row ? parseWebhookRow(row) : undefined
  }

  secretOf(id: string): string | undefined {
    const row = this.#db.prepare('SELECT secret FROM webhooks WHERE id = ?').get(id)
    return typeof row?.secret === 'string' && row.secret !== '' ? row.secret : undefined
  }

  /** Adds a webhook; `secret` undefined means unsigned deliveries. Throws if the name is taken. */
  add(definition: WebhookDefinition, secret: string | undefined): Webhook {
    const id = randomUUID()
    const createdAt = new Date().toISOString()
    this.#db
      .prepare('INSERT INTO webhooks (id, name, definition, secret, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, definition.name, JSON.stringify(definition), secret ?? null, createdAt)
    return { ...definition, id, createdAt }
  }

  /** Replaces the definition of an existing webhook, keeping its id, secret and queue. */
  update(id: string, definition: WebhookDefinition): void {
    this.#db
      .prepare('UPDATE webhooks SET name = ?, definition = ? WHERE id = ?')
      .run(definition.name, JSON.stringify(definition), id)
  }

  setSecret(id: string, secret: string): void {
    this.#db.prepare('UPDATE webhooks SET secret = ? WHERE id = ?').run(secret, id)
  }

  /** Removes a webhook with its pending deliveries and log; false when there was none by that name. */
  remove(name: string): boolean {
    return Number(this.#db.prepare('DELETE FROM webhooks WHERE name = ?').run(name).changes) > 0
  }

  /** Queues deliveries in order; beyond `limit` pending rows the oldest are dropped (and logged as such). */
  enqueue(deliveries: readonly Omit<QueuedDelivery, 'seq' | 'attempts'>[], limit: number, now: number): void {
    if (deliveries.length === 0) return
    const insert = this.#db.prepare(
      'INSERT INTO webhook_deliveries (webhook_id, document_id, transaction_id, operation, body, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    this.#transaction(() => {
      for (const delivery of deliveries) {
        insert.run(
          delivery.webhookId,
          delivery.documentId,
          delivery.transactionId,
          delivery.operation,
          delivery.body,
          delivery.nextAttemptAt,
          now,
        )
      }
      const overflow = this.pendingCount() - limit
      if (overflow <= 0) return
      const dropped = this.#db.prepare('SELECT * FROM webhook_deliveries ORDER BY seq LIMIT ?').all(overflow)
      for (const row of dropped) {
        const delivery = parseDeliveryRow(row)
        if (!delivery) continue
        this.#db.prepare('DELETE FROM webhook_deliveries WHERE seq = ?').run(delivery.seq)
        this.#logAttempt({
          ...delivery,
          attempt: delivery.attempts,
          outcome: 'dropped',
          statusCode: null,
          error: `queue full (${limit} pending deliveries)`,
          durationMs: 0,
          at: now,
        })
      }
    })
  }

  pendingCount(): number {
    const row = this.#db.prepare('SELECT count(*) AS n FROM webhook_deliveries').get()
    return typeof row?.n === 'number' ? row.n : 0
  }

  /** The oldest pending delivery of each (webhook, document): only these may be attempted, so order holds. */
  heads(): QueuedDelivery[] {
    return this.#db
      .prepare(
        `SELECT d.* FROM webhook_deliveries d WHERE NOT EXISTS (
           SELECT 1 FROM webhook_deliveries e
           WHERE e.webhook_id = d.webhook_id AND e.document_id = d.document_id AND e.seq < d.seq
         ) ORDER BY d.seq`,
      )
      .all()
      .flatMap((row) => {
        const delivery = parseDeliveryRow(row)
        return delivery ? [delivery] : []
      })
  }

  /** Records a finished attempt: the row leaves the queue (delivered, failed) or waits for its next try. */
  settle(delivery: QueuedDelivery, record: AttemptRecord, nextAttemptAt: number | undefined): void {
    this.#transaction(() => {
      if (nextAttemptAt === undefined) {
        this.#db.prepare('DELETE FROM webhook_deliveries WHERE seq = ?').run(delivery.seq)
      } else {
        this.#db
          .prepare('UPDATE webhook_deliveries SET attempts = ?, next_attempt_at = ? WHERE seq = ?')
          .run(record.attempt, nextAttemptAt, delivery.seq)
      }
      this.#logAttempt(record)
    })
  }

  /** The newest attempts first; `webhookId` narrows to one webhook. */
  attempts(options: { webhookId?: string; limit?: number } = {}): AttemptRecord[] {
    const limit = Math.max(1, Math.min(options.limit ?? 20, ATTEMPT_LOG_SIZE))
    const rows = options.webhookId
      ? this.#db
          .prepare('SELECT * FROM webhook_attempts WHERE webhook_id = ? ORDER BY seq DESC LIMIT ?')
          .all(options.webhookId, limit)
      : this.#db.prepare('SELECT * FROM webhook_attempts ORDER BY seq DESC LIMIT ?').all(limit)
    return rows.flatMap((row) => {
      const record = parseAttemptRow(row)
      return record ? [record] : []
    })
  }

  #logAttempt(record: AttemptRecord): void {
    this.#db
      .prepare(
        'INSERT INTO webhook_attempts (webhook_id, document_id, transaction_id, attempt, outcome, status_code, error, duration_ms, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        record.webhookId,
        record.documentId,
        record.transactionId,
        record.attempt,
        record.outcome,
        record.statusCode,
        record.error,
        record.durationMs,
        record.at,
      )
    this.#db
      .prepare(
        'DELETE FROM webhook_attempts WHERE webhook_id = ? AND seq <= (SELECT seq FROM webhook_attempts WHERE webhook_id = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)',
      )
      .run(record.webhookId, record.webhookId, ATTEMPT_LOG_SIZE)
  }

  #transaction(work: () => void): void {
    this.#db.exec('BEGIN IMMEDIATE')
    try {
      work()
      this.#db.exec('COMMIT')
    } catch (error) {
      this.#db.exec('ROLLBACK')
      throw error
    }
  }
}

type Row = Record<string, unknown>

function parseWebhookRow(row: Row): Webhook | undefined {
  if (
    typeof row.id !== 'string' ||
    typeof row.definition !== 'string' ||
    typeof row.created_at !== 'string'
  ) {
    return undefined
  }
  const parsed = webhookDefinitionSchema.safeParse(JSON.parse(row.definition))
  return parsed.success ? { ...parsed.data, id: row.id, createdAt: row.created_at } : undefined
}

function isOperation(value: unknown): value is Operation {
  return OPERATIONS.some((operation) => operation === value)
}

function parseDeliveryRow(row: Row): QueuedDelivery | undefined {
  const { seq, webhook_id, document_id, transaction_id, operation, body, attempts, next_attempt_at } = row
  if (
    typeof seq !== 'number' ||
    typeof webhook_id !== 'string' ||
    typeof document_id !== 'string' ||
    typeof transaction_id !== 'string' ||
    !isOperation(operation) ||
    typeof body !== 'string' ||
    typeof attempts !== 'number' ||
    typeof next_attempt_at !== 'number'
  ) {
    return undefined
  }
  return {
    seq,
    webhookId: webhook_id,
    documentId: document_id,
    transactionId: transaction_id,
    operation,
    body,
    attempts,
    nextAttemptAt: next_attempt_at,
  }
}

function isOutcome(value: unknown): value is AttemptOutcome {
  return value === 'delivered' || value === 'retry' || value === 'failed' || value === 'dropped'
}

function parseAttemptRow(row: Row): AttemptRecord | undefined {
  const { webhook_id, document_id, transaction_id, attempt, outcome, status_code, error, duration_ms, at } =
    row
  if (
    typeof webhook_id !== 'string' ||
    typeof document_id !== 'string' ||
    typeof transaction_id !== 'string' ||
    typeof attempt !== 'number' ||
    !isOutcome(outcome) ||
    typeof duration_ms !== 'number' ||
    typeof at !== 'number'
  ) {
    return undefined
  }
  return {
    webhookId: webhook_id,
    documentId: document_id,
    transactionId: transaction_id,
    attempt,
    outcome,
    statusCode: typeof status_code === 'number' ? status_code : null,
    error: typeof error === 'string' ? error : null,
    durationMs: duration_ms,
    at,
  }
}
