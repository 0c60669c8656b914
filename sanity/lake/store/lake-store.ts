// The lake's storage: SQLite is the truth, an in-memory DocumentIndex per dataset serves every read.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync, type StatementSync } from 'node:sqlite'
import { DocumentIndex, type LakeDocument } from '../query/document-index.ts'
import { isValidDatasetName, publishedIdOf } from './names.ts'
import { putInPair, removeFromPair } from './public-view.ts'
import { prepareDatabase } from './schema.ts'
import { TransactionLogReader } from './transaction-queries.ts'
import {
  type CommittedTransaction,
  effectsOf,
  type TransactionInput,
  type TransactionLogEntry,
} from './transaction-record.ts'

export const DATABASE_FILE = 'lake.sqlite'

export type CommitListener = (transaction: TransactionInput, committed: CommittedTransaction) => void

interface DatasetIndexes {
  /** Every document, for authenticated readers and the mutation engine. */
  all: DocumentIndex
  /** Root-path documents only (see public-view.ts): what anonymous readers may see, whatever their query says. */
  public: DocumentIndex
}

export class StoreError extends Error {
  readonly code: 'invalidDataset' | 'datasetExists' | 'transactionExists'
  constructor(code: StoreError['code'], message: string) {
    super(message)
    this.name = 'StoreError'
    this.code = code
  }
}

export class LakeStore {
  readonly dataDir: string
  readonly #db: DatabaseSync
  readonly #datasets = new Map<string, DatasetIndexes>()
  readonly #listeners = new Set<CommitListener>()
  /** Reads of the transaction log (history, listener resume). */
  readonly log: TransactionLogReader
  readonly #statements: {
    upsert: StatementSync
    remove: StatementSync
    logTransaction: StatementSync
    logDocument: StatementSync
    findTransaction: StatementSync
    insertDataset: StatementSync
  }

  private constructor(dataDir: string, db: DatabaseSync) {
    this.dataDir = dataDir
    this.#db = db
    this.log = new TransactionLogReader(db)
    this.#statements = {
      upsert: db.prepare(
        'INSERT INTO documents (dataset, id, type, rev, json) VALUES (?, ?, ?, ?, ?) ' +
          'ON CONFLICT (dataset, id) DO UPDATE SET type = excluded.type, rev = excluded.rev, json = excluded.json',
      ),
      remove: db.prepare('DELETE FROM documents WHERE dataset = ? AND id = ?'),
      logTransaction: db.prepare(
        'INSERT INTO transactions (id, dataset, time, author, mutations, effects) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      logDocument: db.prepare(
        'INSERT INTO transaction_documents (dataset, document_id, seq, group_id, before_rev, after_rev) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      findTransaction: db.prepare('SELECT 1 AS found FROM transactions WHERE dataset = ? AND id = ?'),
      insertDataset: db.prepare('INSERT OR IGNORE INTO datasets (name, created_at) VALUES (?, ?)'),
    }
  }

  /** Opens (creating if needed) the store in `dataDir` and loads every dataset into memory. */
  static open(dataDir: string): LakeStore {
    mkdirSync(dataDir, { recursive: true })
    const db = new DatabaseSync(join(dataDir, DATABASE_FILE))
    prepareDatabase(db)
    const store = new LakeStore(dataDir, db)
    store.#load()
    return store
  }

  #load(): void {
    for (const row of this.#db.prepare('SELECT name FROM datasets ORDER BY name').all()) {
      if (typeof row.name === 'string') this.#datasets.set(row.name, emptyIndexes())
    }
    const select = this.#db.prepare('SELECT dataset, json FROM documents')
    for (const row of select.iterate()) {
      if (typeof row.dataset !== 'string' || typeof row.json !== 'string') continue
      const document = parseStoredDocument(row.json)
      if (!document) continue
      const indexes = this.#datasets.get(row.dataset) ?? emptyIndexes()
      this.#datasets.set(row.dataset, indexes)
      putDocument(indexes, document)
    }
  }

  datasetNames(): string[] {
    return [...this.#datasets.keys()].sort()
  }

  hasDataset(name: string): boolean {
    return this.#datasets.has(name)
  }

  /** Creates an empty dataset; throws StoreError('datasetExists') if it is there already. */
  createDataset(name: string): void {
    if (!isValidDatasetName(name)) throw new StoreError('invalidDataset', `Invalid dataset name "${name}"`)
    if (this.#datasets.has(name)) throw new StoreError('datasetExists', `Dataset "${name}" already exists`)
    this.#insertDataset(name)
    this.#datasets.set(name, emptyIndexes())
  }

  /** The index of every document of a dataset, or undefined when the dataset does not exist. */
  index(dataset: string): DocumentIndex | undefined {
    return this.#datasets.get(dataset)?.all
  }

  /** The index of the documents anonymous readers may see (ids without a `.`). */
  publicIndex(dataset: string): DocumentIndex | undefined {
    return this.#datasets.get(dataset)?.public
  }

  getDocument(dataset: string, id: string): LakeDocument | undefined {
    return this.#datasets.get(dataset)?.all.get(id)
  }

  hasTransaction(dataset: string, id: string): boolean {
    return this.#statements.findTransaction.get(dataset, id) !== undefined
  }

  /**
   * Writes a transaction: all document rows and the log row in one SQLite transaction, then the in-memory
   * index. If SQLite fails nothing is changed anywhere. Creates the dataset on first write.
   */
  commit(transaction: TransactionInput): void {
    const { dataset } = transaction
    if (!isValidDatasetName(dataset)) {
      throw new StoreError('invalidDataset', `Invalid dataset name "${dataset}"`)
    }
    if (this.hasTransaction(dataset, transaction.id)) {
      throw new StoreError('transactionExists', `Transaction ID "${transaction.id}" has already been used`)
    }
    const isNewDataset = !this.#datasets.has(dataset)
    const { upsert, remove, logTransaction, logDocument } = this.#statements
    const effects = effectsOf(transaction.changes)
    let seq = 0
    this.#db.exec('BEGIN IMMEDIATE')
    try {
      if (isNewDataset) this.#insertDataset(dataset)
      for (const { id, after } of transaction.changes) {
        if (after) upsert.run(dataset, id, after._type, after._rev ?? '', JSON.stringify(after))
        else remove.run(dataset, id)
      }
      const logged = logTransaction.run(
        transaction.id,
        dataset,
        transaction.timestamp,
        transaction.author,
        JSON.stringify(transaction.mutations),
        JSON.stringify(effects),
      )
      seq = Number(logged.lastInsertRowid)
      for (const [id, effect] of Object.entries(effects)) {
        logDocument.run(dataset, id, seq, publishedIdOf(id), effect.beforeRev, effect.afterRev)
      }
      this.#db.exec('COMMIT')
    } catch (error) {
      this.#db.exec('ROLLBACK')
      throw error
    }
    const indexes = this.#datasets.get(dataset) ?? emptyIndexes()
    this.#datasets.set(dataset, indexes)
    for (const { id, after } of transaction.changes) {
      if (after) putDocument(indexes, after)
      else removeDocument(indexes, id)
    }
    for (const listener of this.#listeners) {
      try {
        listener(transaction, { seq, effects })
      } catch (error) {
        // The transaction is committed; a failing listener must not turn that into an error for the writer.
        process.emitWarning(
          `lake: commit listener failed: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    }
  }

  /** Called after every commit, in commit order (listen, webhooks and live events hang off this). */
  onCommit(listener: CommitListener): () => void {
    this.#listeners.add(listener)
    return () => {
      this.#listeners.delete(listener)
    }
  }

  /** Log entries of a dataset, oldest first; `documentId` keeps those touching that document. */
  transactions(
    dataset: string,
    options: { documentId?: string; afterSeq?: number; limit?: number } = {},
  ): TransactionLogEntry[] {
    const { documentId, ...rest } = options
    return this.log.entries(dataset, documentId ? { ...rest, documentIds: [documentId] } : rest)
  }

  close(): void {
    this.#listeners.clear()
    if (this.#db.isOpen) this.#db.close()
  }

  #insertDataset(name: string): void {
    this.#statements.insertDataset.run(name, new Date().toISOString())
  }
}

function emptyIndexes(): DatasetIndexes {
  return { all: new DocumentIndex(), public: new DocumentIndex() }
}

function putDocument(indexes: DatasetIndexes, document: LakeDocument): void {
  putInPair(indexes, document)
}

function removeDocument(indexes: DatasetIndexes, id: string): void {
  removeFromPair(indexes, id)
}

export function isLakeDocument(value: unknown): value is LakeDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    '_id' in value &&
    typeof value._id === 'string' &&
    '_type' in value &&
    typeof value._type === 'string'
  )
}

function parseStoredDocument(json: string): LakeDocument | undefined {
  const value: unknown = JSON.parse(json)
  return isLakeDocument(value) ? value : undefined
}
