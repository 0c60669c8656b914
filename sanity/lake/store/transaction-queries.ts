// Reads of the append-only transaction log: by position, by document, by document group and by time.
import type { DatabaseSync, SQLInputValue } from 'node:sqlite'
import { parseLogRow } from './transaction-log.ts'
import type { TransactionLogEntry } from './transaction-record.ts'

export const MAX_LOG_PAGE = 10_000

export interface LogQuery {
  /** Only transactions touching one of these documents (at most 100 ids). */
  documentIds?: readonly string[]
  /** Positions after this one (exclusive). */
  afterSeq?: number
  /** Positions from this one (inclusive). */
  fromSeq?: number
  /** Positions up to this one (inclusive). */
  toSeq?: number
  /** Newest first. */
  reverse?: boolean
  /** Default 1000, at most MAX_LOG_PAGE. */
  limit?: number
}

/** One document touched by one transaction, with the transaction's identity. */
export interface DocumentRevisionRow {
  seq: number
  transactionId: string
  timestamp: string
  author: string
  documentId: string
  beforeRev: string | null
  afterRev: string | null
}

export class TransactionLogReader {
  readonly #db: DatabaseSync

  constructor(db: DatabaseSync) {
    this.#db = db
  }

  entries(dataset: string, query: LogQuery = {}): TransactionLogEntry[] {
    const limit = Math.max(1, Math.min(query.limit ?? 1000, MAX_LOG_PAGE))
    const where = ['t.dataset = ?']
    const args: SQLInputValue[] = [dataset]
    const ids = query.documentIds ?? []
    if (ids.length > 100) throw new RangeError('At most 100 document ids')
    if (ids.length > 0) {
      where.push(
        `t.seq IN (SELECT seq FROM transaction_documents WHERE dataset = ? AND document_id IN (${ids.map(() => '?').join(', ')}))`,
      )
      args.push(dataset, ...ids)
    }
    if (query.afterSeq !== undefined) {
      where.push('t.seq > ?')
      args.push(query.afterSeq)
    }
    if (query.fromSeq !== undefined) {
      where.push('t.seq >= ?')
      args.push(query.fromSeq)
    }
    if (query.toSeq !== undefined) {
      where.push('t.seq <= ?')
      args.push(query.toSeq)
    }
    const order = query.reverse ? 'DESC' : 'ASC'
    const rows = this.#db
      .prepare(`SELECT t.* FROM transactions t WHERE ${where.join(' AND ')} ORDER BY t.seq ${order} LIMIT ?`)
      .all(...args, limit)
    return rows.flatMap((row) => {
      const entry = parseLogRow(row)
      return entry ? [entry] : []
    })
  }

  /** The log position of a transaction, or undefined when the dataset never committed it. */
  seqOf(dataset: string, transactionId: string): number | undefined {
    const row = this.#db
      .prepare('SELECT seq FROM transactions WHERE dataset = ? AND id = ?')
      .get(dataset, transactionId)
    return typeof row?.seq === 'number' ? row.seq : undefined
  }

  /** The newest position committed at or before `time` (ISO), or undefined when none was. */
  lastSeqAt(dataset: string, time: string): number | undefined {
    const row = this.#db
      .prepare('SELECT max(seq) AS seq FROM transactions WHERE dataset = ? AND time <= ?')
      .get(dataset, time)
    return typeof row?.seq === 'number' ? row.seq : undefined
  }

  /** The newest position of the dataset (0 when the log is empty). */
  headSeq(dataset: string): number {
    const row = this.#db.prepare('SELECT max(seq) AS seq FROM transactions WHERE dataset = ?').get(dataset)
    return typeof row?.seq === 'number' ? row.seq : 0
  }

  /** Every touch of the documents of a group (a published id and its drafts and versions), oldest first. */
  groupRevisions(dataset: string, groupId: string): DocumentRevisionRow[] {
    return this.#revisionRows(
      'SELECT d.seq, t.id, t.time, t.author, d.document_id, d.before_rev, d.after_rev FROM transaction_documents d ' +
        'JOIN transactions t ON t.seq = d.seq WHERE d.dataset = ? AND d.group_id = ? ORDER BY d.seq',
      dataset,
      groupId,
    )
  }

  #revisionRows(sql: string, ...args: SQLInputValue[]): DocumentRevisionRow[] {
    return this.#db
      .prepare(sql)
      .all(...args)
      .flatMap((row) => {
        const { seq, id, time, author, document_id, before_rev, after_rev } = row
        if (
          typeof seq !== 'number' ||
          typeof id !== 'string' ||
          typeof time !== 'string' ||
          typeof author !== 'string' ||
          typeof document_id !== 'string'
        ) {
          return []
        }
        return [
          {
            seq,
            transactionId: id,
            timestamp: time,
            author,
            documentId: document_id,
            beforeRev: typeof before_rev === 'string' ? before_rev : null,
            afterRev: typeof after_rev === 'string' ? after_rev : null,
          },
        ]
      })
  }
}
