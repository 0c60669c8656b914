// The `mutation` events of Sanity's listener, built from one committed transaction: one event per
// document that matched the listener's query before or after it (appear, update, disappear).
import { type ExprNode, evaluateSync, toJS } from 'groq-js'
import type { MendozaPatch } from '../mendoza/mendoza-diff.ts'
import type { LakeDocument } from '../query/document-index.ts'
import type { DocumentChange, DocumentEffect, TransactionInput } from '../store/transaction-record.ts'

export interface ListenOptions {
  /** Include the document after the change (`result`); Sanity's default is true. */
  includeResult: boolean
  /** Include `previous`, the document before the change. */
  includePreviousRevision: boolean
  /** Include the client's mutations; Sanity's default is true. */
  includeMutations: boolean
  /** `mendoza`: include `effects: {apply, revert}`, mendoza patches between the revisions without `_rev`. */
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
  mutations?: readonly unknown[]
  result?: LakeDocument
  previous?: LakeDocument | null
  effects?: { apply: MendozaPatch; revert: MendozaPatch }
}

/** What a listener may hear about: documents its query selects, among those its identity may read. */
export interface ListenScope {
  /** The listener's query selects this document (evaluated only on readable ones). */
  matches: (document: LakeDocument) => boolean
  /** The listener may read this id at all (anonymous: root ids only). */
  readable: (id: string) => boolean
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

/** The document id a mutation names; undefined for mutations by query (they name none). */
function mutationTarget(mutation: unknown): string | undefined {
  if (typeof mutation !== 'object' || mutation === null) return undefined
  for (const [kind, body] of Object.entries(mutation)) {
    if (typeof body !== 'object' || body === null) continue
    const key = kind === 'delete' || kind === 'patch' ? 'id' : '_id'
    const id: unknown = key in body ? Reflect.get(body, key) : undefined
    if (typeof id === 'string') return id
  }
  return undefined
}

/**
 * The mutations a listener may see with an event: all of them when it may read every document of the
 * transaction, else only those naming the event's document (never another document's content).
 */
function visibleMutations(
  transaction: TransactionInput,
  documentId: string,
  scope: ListenScope,
): readonly unknown[] {
  // The transaction's own array when it is all visible: its JSON is then rendered once (see event-text.ts).
  if (transaction.changes.every((change) => scope.readable(change.id))) return transaction.mutations
  return transaction.mutations.filter((mutation) => mutationTarget(mutation) === documentId)
}

export function mutationEvents(
  transaction: TransactionInput,
  effects: Readonly<Record<string, DocumentEffect>>,
  scope: ListenScope,
  options: ListenOptions,
): MutationEvent[] {
  const visible = (document: LakeDocument) => scope.readable(document._id) && scope.matches(document)
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
    if (options.includeMutations) event.mutations = visibleMutations(transaction, change.id, scope)
    if (options.includeResult && change.after) event.result = change.after
    if (options.includePreviousRevision) event.previous = change.before ?? null
    const effect = effects[change.id]
    if (options.effectFormat === 'mendoza' && effect) {
      event.effects = { apply: effect.apply, revert: effect.revert }
    }
    return event
  })
}
