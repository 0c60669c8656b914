// The two ends every write request shares (mutate, actions): claiming a transaction id before anything is
// applied, and committing the applied changes as one transaction unless it is a dry run or changed nothing.
import type { LakeStore } from '../store/lake-store.ts'
import type { TransactionInput } from '../store/transaction-record.ts'
import { MutationError, type MutationErrorItem } from './mutation-error.ts'
import { randomId } from './random-id.ts'

export const TRANSACTION_ID_PATTERN = /^[a-zA-Z0-9_.-]{1,128}$/

/** Builds the caller's error for a refused id (a mutationError by default; actions answer actionError). */
export type TransactionIdFailure = (statusCode: number, item: MutationErrorItem) => Error

const mutationFailure: TransactionIdFailure = (statusCode, item) => new MutationError(statusCode, 0, item)

/**
 * The id the transaction commits under: the client's (the Studio sends a UUID), checked for its shape and
 * that the dataset has not used it, or a new one. It also becomes every touched document's `_rev`.
 */
export function claimTransactionId(
  store: LakeStore,
  dataset: string,
  requested: string | undefined,
  fail: TransactionIdFailure = mutationFailure,
): string {
  const transactionId = requested ?? randomId()
  if (!TRANSACTION_ID_PATTERN.test(transactionId)) {
    throw fail(400, {
      type: 'validationError',
      description: `Invalid transaction ID ${JSON.stringify(transactionId)}`,
    })
  }
  if (store.hasTransaction(dataset, transactionId)) {
    throw fail(409, {
      type: 'transactionIdConflictError',
      description: `Transaction ID "${transactionId}" has already been used`,
    })
  }
  return transactionId
}

/** Commits `transaction` unless `dryRun` or it changes nothing; says whether it did. */
export function commitUnlessEmpty(store: LakeStore, transaction: TransactionInput, dryRun = false): boolean {
  const committed = !dryRun && transaction.changes.length > 0
  if (committed) store.commit(transaction)
  return committed
}
