// Mutations that pick their documents by query (`{delete: {query}}`, `{patch: {query, ...}}`) are evaluated in the
// query worker pool before the transaction runs, under the same deadline and budget as any read: a query chosen
// by a writer must not hold the event loop either. The transaction itself stays synchronous; it reads the ids
// resolved here, and those are only used when no commit to the dataset happened while they were resolved.
import { assertRequestNesting } from '../mutations/document-limits.ts'
import { type JsonObject, parseMutations } from '../mutations/parse-mutations.ts'
import { checkQueryLimits } from '../query/query-limits.ts'
import { checkedParams } from '../query/query-params.ts'
import { isHeavyQuery } from '../query-pool/cost-estimate.ts'
import type { QueryPool } from '../query-pool/query-pool.ts'
import { pooledQueryError } from './error-mapping.ts'
import { HttpError } from './http-error.ts'
import type { LakeContext } from './types.ts'

/** What `executeMutations` asks for a query selection; answers only from what was resolved in advance. */
export type FindIds = (query: string, params: JsonObject) => string[]

/** Attempts before giving up when other writes keep changing the dataset during resolution. */
const ATTEMPTS = 3

function selectionKey(query: string, params: JsonObject): string {
  return JSON.stringify([query, params])
}

/** The distinct query selections of a mutate body; none when it has none or does not parse (reported later). */
function querySelections(rawMutations: unknown): Map<string, { query: string; params: JsonObject }> {
  const selections = new Map<string, { query: string; params: JsonObject }>()
  let mutations: ReturnType<typeof parseMutations>
  try {
    // Over-deep bodies (and their params) are refused by executeMutations, before anything else touches them.
    assertRequestNesting(rawMutations)
    mutations = parseMutations(rawMutations)
  } catch {
    return selections
  }
  for (const mutation of mutations) {
    if (!('selection' in mutation) || mutation.selection.kind !== 'query') continue
    const { query, params } = mutation.selection
    selections.set(selectionKey(query, params), { query, params })
  }
  return selections
}

/** Ids from `{"many": (Q)[]._id, "one": (Q)._id}`: a query selects documents, or one document. */
function idsFromJson(json: string): string[] {
  const parsed: unknown = JSON.parse(json)
  if (typeof parsed !== 'object' || parsed === null) return []
  const many = Reflect.get(parsed, 'many')
  const one = Reflect.get(parsed, 'one')
  const candidates: unknown[] = Array.isArray(many) ? many : [one]
  return [...new Set(candidates.filter((id): id is string => typeof id === 'string'))]
}

async function resolveOnce(
  pool: QueryPool,
  log: (line: string) => void,
  dataset: string,
  selections: Map<string, { query: string; params: JsonObject }>,
): Promise<Map<string, string[]>> {
  const resolved = new Map<string, string[]>()
  await Promise.all(
    [...selections].map(async ([key, { query, params }]) => {
      const shape = checkQueryLimits(query)
      const checked = checkedParams(query, params)
      // Only ids cross back from the worker, however much the query selects.
      const wrapped = `{"many": (${query})[]._id, "one": (${query})._id}`
      try {
        const { json } = await pool.run({
          dataset,
          publicOnly: false,
          query: wrapped,
          params: checked,
          perspective: 'raw',
          identity: undefined,
          heavy: isHeavyQuery(shape, checked),
        })
        resolved.set(key, idsFromJson(json))
      } catch (error) {
        throw pooledQueryError(query, error, log)
      }
    }),
  )
  return resolved
}

/**
 * Resolves a mutate body's query selections in the pool. Undefined when there are none (or no pool: the
 * transaction then evaluates them itself). Call `executeMutations` synchronously right after it resolves.
 */
export async function resolveQuerySelections(
  lake: LakeContext,
  dataset: string,
  rawMutations: unknown,
): Promise<FindIds | undefined> {
  const selections = querySelections(rawMutations)
  const pool = lake.queries
  if (selections.size === 0 || !pool) return undefined
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    let changed = false
    const unsubscribe = lake.store.onCommit((transaction) => {
      if (transaction.dataset === dataset) changed = true
    })
    let resolved: Map<string, string[]>
    try {
      resolved = await resolveOnce(pool, lake.log, dataset, selections)
    } finally {
      unsubscribe()
    }
    if (changed) continue
    return (query, params) => {
      const ids = resolved.get(selectionKey(query, params))
      if (!ids) throw new Error(`query selection was not resolved in advance: ${query}`)
      return ids
    }
  }
  throw new HttpError(409, {
    error: {
      type: 'conflict',
      description: `The dataset changed while this mutation's queries were evaluated ${ATTEMPTS} times; retry`,
    },
  })
}
