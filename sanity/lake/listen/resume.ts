// Resuming a listener (`enableResume=true` + `Last-Event-ID`): the committed transactions from the one
// that carried the last event up to now, rebuilt from the transaction log in commit order.
import { changesOf } from '../history/document-states.ts'
import type { LakeStore } from '../store/lake-store.ts'
import type { DocumentEffect, TransactionInput } from '../store/transaction-record.ts'

/** Past this many missed transactions the listener is told to reset instead. */
export const MAX_REPLAY_TRANSACTIONS = 10_000

export interface MissedTransaction {
  transaction: TransactionInput
  effects: Record<string, DocumentEffect>
}

/** Event ids are `<transaction id>#<document id>`, as Sanity's. */
export function parseEventId(eventId: string): { transactionId: string; documentId: string } | undefined {
  const hash = eventId.indexOf('#')
  if (hash <= 0 || hash === eventId.length - 1) return undefined
  return { transactionId: eventId.slice(0, hash), documentId: eventId.slice(hash + 1) }
}

/**
 * The transaction of `lastEventId` and every later one, oldest first; undefined when the id names no
 * transaction of the dataset or too much was missed (the caller then sends `reset`).
 */
export function missedTransactions(
  store: LakeStore,
  dataset: string,
  lastEventId: string,
): MissedTransaction[] | undefined {
  const parsed = parseEventId(lastEventId)
  if (!parsed) return undefined
  const seq = store.log.seqOf(dataset, parsed.transactionId)
  if (seq === undefined) return undefined
  const entries = store.log.entries(dataset, { fromSeq: seq, limit: MAX_REPLAY_TRANSACTIONS + 1 })
  if (entries.length > MAX_REPLAY_TRANSACTIONS) return undefined
  // Synchronous from here to the caller's subscription, so no commit can fall between replay and live events.
  const changes = changesOf(entries, (id) => store.getDocument(dataset, id))
  return entries.map((entry) => ({
    transaction: {
      id: entry.id,
      dataset: entry.dataset,
      timestamp: entry.timestamp,
      author: entry.author,
      mutations: entry.mutations,
      changes: changes.get(entry.seq) ?? [],
    },
    effects: entry.effects,
  }))
}
