// Runs one actions request against the store: parse, check grants, apply on the committed state, and
// commit every resulting change as ONE transaction (unless dry run). Synchronous from parse to commit,
// so no other write can interleave.
import { claimTransactionId, commitUnlessEmpty } from '../mutations/transaction-commit.ts'
import type { LakeStore } from '../store/lake-store.ts'
import { ActionError } from './action-error.ts'
import type { ActionExtension } from './action-extension.ts'
import { type ActionGrants, assertPermitted } from './action-permissions.ts'
import { applyActions } from './apply-actions.ts'
import { parseActions } from './parse-actions.ts'

export interface ExecuteActionsOptions extends ActionGrants {
  /** Client-chosen transaction id (the Studio sends a UUID); generated when absent. Becomes every `_rev`. */
  transactionId?: string
  /** Who wrote it (a user id), for the transaction log and listeners' `identity`. */
  author: string
  dryRun?: boolean
  autoGenerateArrayKeys?: boolean
  /** Action families from outside this folder (releases). */
  extensions?: readonly ActionExtension[]
  /** The commit time (ISO); default now. The release scheduler passes its clock's time. */
  timestamp?: string
}

export interface ActionsOutcome {
  transactionId: string
  /** False for a dry run or when no action changed anything. */
  committed: boolean
}

export function executeActions(
  store: LakeStore,
  dataset: string,
  rawActions: unknown,
  options: ExecuteActionsOptions,
): ActionsOutcome {
  const transactionId = claimTransactionId(
    store,
    dataset,
    options.transactionId,
    (statusCode, item) => new ActionError(statusCode, 0, item),
  )
  const actions = parseActions(rawActions, options.extensions)
  assertPermitted(actions, options)
  const index = store.index(dataset)
  const now = options.timestamp ?? new Date().toISOString()
  const applied = applyActions(actions, {
    transactionId,
    now,
    read: (id) => index?.get(id),
    autoGenerateArrayKeys: options.autoGenerateArrayKeys,
  })
  for (const extension of options.extensions ?? []) extension.checkChanges?.(applied.changes)
  const committed = commitUnlessEmpty(
    store,
    { id: transactionId, dataset, timestamp: now, author: options.author, ...applied },
    options.dryRun,
  )
  return { transactionId, committed }
}
