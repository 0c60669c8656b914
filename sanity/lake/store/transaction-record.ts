// What one committed transaction is, in memory and in the `transactions` table.
import { diffValue, type MendozaPatch } from '../mendoza/mendoza-diff.ts'
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
 * Per document effects in the log: mendoza patches between the document without `_rev` before and after
 * (null when absent), as the Studio applies them. Rows written by older builds hold `[0, whole document]`,
 * which is a valid mendoza patch too.
 */
export interface DocumentEffect {
  beforeRev: string | null
  afterRev: string | null
  apply: MendozaPatch
  revert: MendozaPatch
}

/** What the store hands commit listeners besides the transaction: its log position and effects. */
export interface CommittedTransaction {
  seq: number
  effects: Record<string, DocumentEffect>
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
    // As stored (JSON drops undefined fields), so reverting the stored state gives back the stored state.
    const before = asStored(withoutRev(change.before))
    const after = asStored(withoutRev(change.after))
    effects[change.id] = {
      beforeRev: change.before?._rev ?? null,
      afterRev: change.after?._rev ?? null,
      apply: diffValue(before, after),
      revert: diffValue(after, before),
    }
  }
  return effects
}

function asStored(document: LakeDocument | null): unknown {
  return document === null ? null : JSON.parse(JSON.stringify(document))
}

/** The Studio applies effects to the document without `_rev` and sets `_rev` from the event itself. */
export function withoutRev(document: LakeDocument | undefined): LakeDocument | null {
  if (!document) return null
  const { _rev: _ignored, ...rest } = document
  return rest
}
