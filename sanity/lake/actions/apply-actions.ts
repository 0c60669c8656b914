// The pure heart of an actions transaction: plans each action against the state the earlier ones left,
// applies the planned mutations with the mutation engine (@sanity/mutator patches, stamping), and
// returns the net change per document. Nothing is written here, so a failing action leaves nothing behind.
import { applyMutations } from '../mutations/apply-mutations.ts'
import { withGeneratedArrayKeys } from '../mutations/array-keys.ts'
import { MutationError } from '../mutations/mutation-error.ts'
import type { LakeDocument } from '../query/document-index.ts'
import type { DocumentChange } from '../store/transaction-record.ts'
import { ActionError } from './action-error.ts'
import type { ParsedAction } from './parse-actions.ts'
import { planAction, type ReadDocument } from './plan-actions.ts'

export interface ActionContext {
  transactionId: string
  /** ISO timestamp stamped as `_updatedAt` of every written document. */
  now: string
  read: ReadDocument
  /** Add `_key` to array items the client's documents and patches bring without one. */
  autoGenerateArrayKeys?: boolean
}

export interface AppliedActions {
  changes: DocumentChange[]
  /** The equivalent mutations, for the transaction log and the listeners' `mutations`. */
  mutations: unknown[]
}

export function applyActions(actions: readonly ParsedAction[], context: ActionContext): AppliedActions {
  const staged = new Map<string, LakeDocument | null>()
  const original = new Map<string, LakeDocument | undefined>()
  const read: ReadDocument = (id) => {
    const document = staged.get(id)
    return document === null ? undefined : (document ?? context.read(id))
  }
  const mutations: unknown[] = []

  actions.forEach((raw, index) => {
    const action = context.autoGenerateArrayKeys ? withArrayKeys(raw) : raw
    const planned = planAction(action, read, index, context.now)
    if (planned.length === 0) return
    let applied: ReturnType<typeof applyMutations>
    try {
      applied = applyMutations(planned, {
        transactionId: context.transactionId,
        now: context.now,
        read,
        findIds: () => [],
      })
    } catch (error) {
      if (error instanceof MutationError) throw ActionError.fromMutationError(index, error)
      throw error
    }
    for (const change of applied.changes) {
      if (!original.has(change.id)) original.set(change.id, context.read(change.id))
      staged.set(change.id, change.after ?? null)
    }
    mutations.push(...applied.mutations)
  })

  const changes: DocumentChange[] = []
  for (const [id, before] of original) {
    const after = staged.get(id) ?? undefined
    if (before !== after) changes.push({ id, before, after })
  }
  return { changes, mutations }
}

/** Keys go on what the client sent (documents, patch values), never on copies of stored documents. */
function withArrayKeys(action: ParsedAction): ParsedAction {
  switch (action.type) {
    case 'create':
    case 'replaceDraft':
    case 'versionCreate':
    case 'versionReplace': {
      const keyed = withGeneratedArrayKeys({ kind: 'create', document: action.document })
      return keyed.kind === 'create'
        ? { ...action, document: { ...keyed.document, _id: action.document._id } }
        : action
    }
    case 'edit': {
      const keyed = withGeneratedArrayKeys(action.patch)
      return keyed.kind === 'patch' ? { ...action, patch: keyed } : action
    }
    default:
      return action
  }
}
