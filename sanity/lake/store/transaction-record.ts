// What one committed transaction is, in memory and in the `transactions` table.
import type { LakeDocument } from '../query/document-index.ts'

/** One document's state before and after a transaction; `undefined` means absent. */
export interface DocumentChange {
  id: string
  before: LakeDocument | undefined
  after: LakeDocument | undefined
}

/** A transaction as the mutation engine hands it to the store. */
export interface TransactionInput {
  id: string
  dataset: string
  /** ISO time, also the `_updatedAt` the engine stamped. */
  timestamp: string
  author: string
  /** The mutations as the client sent them (after id generation), kept for history and replay. */
  mutations: readonly unknown[]
  changes: readonly DocumentChange[]
}

/**
 * Per document effects in the log. `apply`/`revert` are minimal mendoza patches (`[0, value]` = replace the
 * whole value), which is what the Studio's history and listeners accept.
 */
export interface DocumentEffect {
  beforeRev: string | null
  afterRev: string | null
  apply: [0, LakeDocument | null]
  revert: [0, LakeDocument | null]
}

export interface TransactionLogEntry {
  seq: number
  id: string
  dataset: string
  timestamp: string
  author: string
  mutations: unknown[]
  effects: Record<string, DocumentEffect>
}

export function effectsOf(changes: readonly DocumentChange[]): Record<string, DocumentEffect> {
  const effects: Record<string, DocumentEffect> = {}
  for (const change of changes) {
    effects[change.id] = {
      beforeRev: change.before?._rev ?? null,
      afterRev: change.after?._rev ?? null,
      apply: [0, change.after ? withoutRev(change.after) : null],
      revert: [0, change.before ? withoutRev(change.before) : null],
    }
  }
  return effects
}

function withoutRev(document: LakeDocument): LakeDocument {
  const { _rev: _ignored, ...rest } = document
  return rest
}
