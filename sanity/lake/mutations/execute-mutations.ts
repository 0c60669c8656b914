// Runs one mutate request against the store: parse, apply on the committed state, commit (unless dry run).
// Synchronous from parse to commit, so no other write can interleave (Node runs one request handler at a time).

import type { LakeDocument } from '../query/document-index.ts'
import { runQuery } from '../query/run-query.ts'
import type { LakeStore } from '../store/lake-store.ts'
import { isValidDocumentId } from '../store/names.ts'
import type { DocumentChange } from '../store/transaction-record.ts'
import { applyMutations, type MutationResult } from './apply-mutations.ts'
import { withGeneratedArrayKeys } from './array-keys.ts'
import { assertRequestNesting } from './document-limits.ts'
import { isJsonObject, type JsonObject, parseMutations } from './parse-mutations.ts'
import { claimTransactionId, commitUnlessEmpty } from './transaction-commit.ts'

export interface ExecuteOptions {
  /** Client-chosen transaction id; generated when absent. Also becomes every touched document's `_rev`. */
  transactionId?: string
  /** Who wrote it, for the transaction log (a user id). */
  author: string
  dryRun?: boolean
  autoGenerateArrayKeys?: boolean
  /** Ids a query selection picks, when they were resolved before the transaction (off the main thread). */
  findIds?: (query: string, params: JsonObject) => string[]
  /** Refuses a transaction by its changes before anything is written (throw a MutationError): release locks. */
  checkChanges?: (changes: readonly DocumentChange[]) => void
}

export interface ExecuteOutcome {
  transactionId: string
  results: MutationResult[]
  /** False for a dry run or when every mutation was a no-op. */
  committed: boolean
}

export function executeMutations(
  store: LakeStore,
  dataset: string,
  rawMutations: unknown,
  options: ExecuteOptions,
): ExecuteOutcome {
  const transactionId = claimTransactionId(store, dataset, options.transactionId)
  assertRequestNesting(rawMutations)
  let mutations = parseMutations(rawMutations)
  if (options.autoGenerateArrayKeys) mutations = mutations.map(withGeneratedArrayKeys)
  const index = store.index(dataset)
  const now = new Date().toISOString()
  const applied = applyMutations(mutations, {
    transactionId,
    now,
    read: (id) => index?.get(id),
    findIds:
      options.findIds ??
      ((query, params) => (index ? idsOf(runQuery(index, query, params, { perspective: 'raw' })) : [])),
  })
  options.checkChanges?.(applied.changes)
  const { mutations: logged, changes } = applied
  const transaction = { id: transactionId, dataset, timestamp: now, author: options.author }
  const committed = commitUnlessEmpty(store, { ...transaction, mutations: logged, changes }, options.dryRun)
  return { transactionId, results: applied.results, committed }
}

/** A query used as a selection may return documents, ids, or one of either. */
function idsOf(result: unknown): string[] {
  const items = Array.isArray(result) ? result : result === null || result === undefined ? [] : [result]
  const ids = new Set<string>()
  for (const item of items) {
    const id = typeof item === 'string' ? item : isJsonObject(item) ? documentId(item) : undefined
    if (id !== undefined && isValidDocumentId(id)) ids.add(id)
  }
  return [...ids]
}

function documentId(item: JsonObject | LakeDocument): string | undefined {
  return typeof item._id === 'string' ? item._id : undefined
}
