// The `mutation` events of Sanity's listener, built from one committed transaction: one event per
// document that matched the listener's query before or after it (appear, update, disappear).
import { type ExprNode, evaluateSync, toJS } from 'groq-js'
import type { LakeDocument } from '../query/document-index.ts'
import type { DocumentChange, TransactionInput } from '../store/transaction-record.ts'

export interface ListenOptions {
  /** Include the document after the change (`result`); Sanity's default is true. */
  includeResult: boolean
  /** Include `previous`, the document before the change. */
  includePreviousRevision: boolean
  /** Include the client's mutations; Sanity's default is true. */
  includeMutations: boolean
  /** `mendoza`: include `effects: {apply, revert}` (whole-document replacements, which mendoza accepts). */
  effectFormat: 'mendoza' | undefined
}

export type Transition = 'appear' | 'update' | 'disappear'

export interface MutationEvent {
  type: 'mutation'
  eventId: string
  documentId: string
  transactionId: string
  transition: Transition
  identity: string
  previousRev?: string
  resultRev?: string
  timestamp: string
  visibility: 'query'
  transactionTotalEvents: number
  transactionCurrentEvent: number
  mutations?: unknown[]
  result?: LakeDocument
  previous?: LakeDocument | null
  effects?: { apply: [0, LakeDocument | null]; revert: [0, LakeDocument | null] }
}

/** True when the listener's query selects `document` (its filter is evaluated over that one document). */
export function queryMatcher(
  tree: ExprNode,
  params: Record<string, unknown>,
): (document: LakeDocument) => boolean {
  return (document) => {
    try {
      const result = toJS(evaluateSync(tree, { dataset: [document], params }))
      return Array.isArray(result)
        ? result.length > 0
        : result !== null && result !== undefined && result !== false
    } catch {
      // A query groq-js cannot evaluate for this document (a function it lacks) selects nothing.
      return false
    }
  }
}

function transitionOf(
  change: DocumentChange,
  matches: (document: LakeDocument) => boolean,
): Transition | undefined {
  const before = change.before !== undefined && matches(change.before)
  const after = change.after !== undefined && matches(change.after)
  if (before && after) return 'update'
  if (after) return 'appear'
  if (before) return 'disappear'
  return undefined
}

function withoutRev(document: LakeDocument | undefined): LakeDocument | null {
  if (!document) return null
  const { _rev: _ignored, ...rest } = document
  return rest
}

export function mutationEvents(
  transaction: TransactionInput,
  visible: (document: LakeDocument) => boolean,
  options: ListenOptions,
): MutationEvent[] {
  const selected = transaction.changes.flatMap((change) => {
    const transition = transitionOf(change, visible)
    return transition ? [{ change, transition }] : []
  })
  return selected.map(({ change, transition }, index) => {
    const event: MutationEvent = {
      type: 'mutation',
      eventId: `${transaction.id}#${change.id}`,
      documentId: change.id,
      transactionId: transaction.id,
      transition,
      identity: transaction.author,
      timestamp: transaction.timestamp,
      visibility: 'query',
      transactionTotalEvents: selected.length,
      transactionCurrentEvent: index + 1,
    }
    if (change.before?._rev) event.previousRev = change.before._rev
    if (change.after?._rev) event.resultRev = change.after._rev
    if (options.includeMutations) event.mutations = [...transaction.mutations]
    if (options.includeResult && change.after) event.result = change.after
    if (options.includePreviousRevision) event.previous = change.before ?? null
    if (options.effectFormat === 'mendoza') {
      event.effects = { apply: [0, withoutRev(change.after)], revert: [0, withoutRev(change.before)] }
    }
    return event
  })
}
