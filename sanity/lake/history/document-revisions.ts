// Documents as they were at a revision, at a time, or at their last revision (the History API's
// documents endpoint), rebuilt from the current state and the log's revert patches.
import type { LakeDocument } from '../query/document-index.ts'
import type { LakeStore } from '../store/lake-store.ts'
import { MAX_LOG_PAGE } from '../store/transaction-queries.ts'
import { patchState, stateAfter } from './document-states.ts'

export type RevisionPoint =
  | { kind: 'revision'; transactionId: string }
  | { kind: 'time'; time: string }
  | { kind: 'lastRevision' }

export class UnknownRevisionError extends Error {
  constructor(transactionId: string) {
    super(`Revision "${transactionId}" not found`)
    this.name = 'UnknownRevisionError'
  }
}

/** The document right after log position `seq` (with its `_rev` then), or undefined if it did not exist. */
function documentAt(store: LakeStore, dataset: string, id: string, seq: number): LakeDocument | undefined {
  const newer = store.log.entries(dataset, {
    documentIds: [id],
    afterSeq: seq,
    reverse: true,
    limit: MAX_LOG_PAGE,
  })
  return stateAfter(id, newer, (documentId) => store.getDocument(dataset, documentId))
}

/** The current document, or for a deleted one its state just before its latest deletion. */
function lastRevisionOf(store: LakeStore, dataset: string, id: string): LakeDocument | undefined {
  const current = store.getDocument(dataset, id)
  if (current) return current
  const [latest] = store.log.entries(dataset, { documentIds: [id], reverse: true, limit: 1 })
  const effect = latest?.effects[id]
  if (!effect || effect.afterRev !== null) return undefined
  const state = patchState(null, effect.revert)
  return state === null
    ? undefined
    : { ...state, ...(effect.beforeRev === null ? {} : { _rev: effect.beforeRev }) }
}

/** The documents among `ids` that existed at `point`, in the order asked. Throws UnknownRevisionError. */
export function documentsAt(
  store: LakeStore,
  dataset: string,
  ids: readonly string[],
  point: RevisionPoint,
): LakeDocument[] {
  if (point.kind === 'lastRevision') {
    return ids.flatMap((id) => lastRevisionOf(store, dataset, id) ?? [])
  }
  const seq =
    point.kind === 'revision'
      ? store.log.seqOf(dataset, point.transactionId)
      : store.log.lastSeqAt(dataset, point.time)
  if (seq === undefined) {
    if (point.kind === 'revision') throw new UnknownRevisionError(point.transactionId)
    return []
  }
  return ids.flatMap((id) => documentAt(store, dataset, id, seq) ?? [])
}
