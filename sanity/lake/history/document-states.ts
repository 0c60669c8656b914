// Past states of documents, rebuilt from the current state by applying the log's `revert` patches
// newest first. Exact as long as the entries reach from the wanted point up to the dataset's head.
import { applyPatch } from 'mendoza'
import type { LakeDocument } from '../query/document-index.ts'
import { isLakeDocument } from '../store/lake-store.ts'
import type { DocumentChange, DocumentEffect, TransactionLogEntry } from '../store/transaction-record.ts'

export type CurrentDocument = (id: string) => LakeDocument | undefined

function withRev(state: LakeDocument | null, rev: string | null): LakeDocument | undefined {
  if (state === null) return undefined
  return rev === null ? state : { ...state, _rev: rev }
}

function stripRev(document: LakeDocument | undefined): LakeDocument | null {
  if (!document) return null
  const { _rev: _ignored, ...rest } = document
  return rest
}

/** Applies a patch to a document state; anything that does not decode to a document is an absent one. */
export function patchState(state: LakeDocument | null, patch: DocumentEffect['apply']): LakeDocument | null {
  const next: unknown = applyPatch(state, patch)
  return isLakeDocument(next) ? next : null
}

/**
 * The before/after documents of each entry (oldest first), keyed by log position. `entries` must hold every
 * transaction from the first one up to the head for the documents they touch, or the states drift.
 */
export function changesOf(
  entries: readonly TransactionLogEntry[],
  current: CurrentDocument,
): Map<number, DocumentChange[]> {
  const states = new Map<string, LakeDocument | null>()
  const stateOf = (id: string) => (states.has(id) ? (states.get(id) ?? null) : stripRev(current(id)))
  const changes = new Map<number, DocumentChange[]>()
  for (const entry of [...entries].sort((a, b) => b.seq - a.seq)) {
    const entryChanges: DocumentChange[] = []
    for (const [id, effect] of Object.entries(entry.effects)) {
      const after = stateOf(id)
      const before = patchState(after, effect.revert)
      entryChanges.push({
        id,
        before: withRev(before, effect.beforeRev),
        after: withRev(after, effect.afterRev),
      })
      states.set(id, before)
    }
    changes.set(entry.seq, entryChanges)
  }
  return changes
}

/**
 * A document as it was right after log position `seq`, with its `_rev` then; undefined when it did not exist.
 * `newerEntries` are the entries touching it after `seq`, any order.
 */
export function stateAfter(
  id: string,
  newerEntries: readonly TransactionLogEntry[],
  current: CurrentDocument,
): LakeDocument | undefined {
  let state = stripRev(current(id))
  let rev: string | null = current(id)?._rev ?? null
  for (const entry of [...newerEntries].sort((a, b) => b.seq - a.seq)) {
    const effect = entry.effects[id]
    if (!effect) continue
    state = patchState(state, effect.revert)
    rev = effect.beforeRev
  }
  return withRev(state, rev)
}
