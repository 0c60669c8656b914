// The lines of the History API's transactions endpoint (NDJSON): one logged transaction each, shaped by
// the request's flags the way the Studio reads them (id, timestamp, author, documentIDs, effects, mutations).
import type { MendozaPatch } from '../mendoza/mendoza-diff.ts'
import type { TransactionLogEntry } from '../store/transaction-record.ts'

export interface TransactionLineOptions {
  /** The ids the request named; empty for the whole dataset. */
  documentIds: readonly string[]
  /** Only the named documents in `documentIDs` and `effects`. */
  includeIdentifiedDocumentsOnly: boolean
  /** Mutations without document content (what was done to which id, not the values). */
  excludeContent: boolean
  excludeMutations: boolean
  /** `mendoza` adds `effects`. */
  effectFormat: 'mendoza' | undefined
}

export interface TransactionLine {
  id: string
  timestamp: string
  author: string
  documentIDs: string[]
  effects?: Record<string, { apply: MendozaPatch; revert: MendozaPatch }>
  mutations?: unknown[]
}

const CREATES = new Set(['create', 'createOrReplace', 'createIfNotExists'])

/** A mutation reduced to its kind and target: `{create: {_id, _type}}`, `{patch: {id}}`, `{delete: {id}}`. */
function withoutContent(mutation: unknown): unknown {
  if (typeof mutation !== 'object' || mutation === null) return mutation
  return Object.fromEntries(
    Object.entries(mutation).map(([kind, body]) => {
      if (typeof body !== 'object' || body === null) return [kind, {}]
      const keep = CREATES.has(kind) ? ['_id', '_type'] : ['id', 'query']
      return [kind, Object.fromEntries(Object.entries(body).filter(([key]) => keep.includes(key)))]
    }),
  )
}

export function transactionLine(
  entry: TransactionLogEntry,
  options: TransactionLineOptions,
): TransactionLine {
  const named = new Set(options.documentIds)
  const ids = Object.keys(entry.effects).filter(
    (id) => !options.includeIdentifiedDocumentsOnly || named.size === 0 || named.has(id),
  )
  const line: TransactionLine = {
    id: entry.id,
    timestamp: entry.timestamp,
    author: entry.author,
    documentIDs: ids,
  }
  if (options.effectFormat === 'mendoza') {
    line.effects = {}
    for (const id of ids) {
      const effect = entry.effects[id]
      if (effect) line.effects[id] = { apply: effect.apply, revert: effect.revert }
    }
  }
  if (!options.excludeMutations) {
    line.mutations = options.excludeContent ? entry.mutations.map(withoutContent) : entry.mutations
  }
  return line
}
