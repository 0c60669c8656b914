import { type ExprNode, evaluateSync, GroqSyntaxError, parse, toJS } from 'groq-js'
import type { DocumentIndex } from './document-index.ts'
import { type Perspective, viewFor } from './perspective.ts'
import { planQuery } from './planner.ts'
import { GroqQueryError } from './query-error.ts'
import { checkQueryLimits } from './query-limits.ts'
import { checkedParams, missingParamError } from './query-params.ts'
import type { QueryReads } from './query-reads.ts'
import { rewriteTextQueries } from './text-query.ts'

export type { Perspective } from './perspective.ts'
export { GroqQueryError } from './query-error.ts'

export interface RunQueryOptions {
  perspective: Perspective
  /** What `identity()` returns (the requesting user's id). */
  identity?: string
  /** What `now()` returns; defaults to the time of the call. */
  timestamp?: Date
  /** Learns what the result depends on (for sync tags). */
  reads?: QueryReads
}

/**
 * Evaluates a GROQ query against the documents visible under a perspective. Semantics are groq-js's; scans
 * `*[...]` are narrowed through the index's secondary indexes before evaluation (see planner.ts).
 * The result shares objects with the stored documents: serialise it, never mutate it.
 */
export function runQuery(
  index: DocumentIndex,
  query: string,
  params: Record<string, unknown>,
  options: RunQueryOptions,
): unknown {
  const checked = checkedParams(query, params)
  const tree = parseQuery(query, checked)
  const view = viewFor(index, options.perspective)
  // groq-js cannot evaluate `text::query` (the Studio's list search): see text-query.ts.
  const rewritten = rewriteTextQueries(tree, view)
  // The rewrite searched every document's text: any write may change the result.
  if (rewritten !== tree) options.reads?.readEverything()
  // One `now()` for the whole query, including the documents the planner scores on its own.
  const timestamp = options.timestamp ?? new Date()
  const plan = planQuery(rewritten, view, { timestamp, identity: options.identity }, options.reads)
  try {
    const value = evaluateSync(plan.tree, {
      dataset: view.all(),
      params: checked,
      timestamp,
      identity: options.identity,
      dereference: plan.dereference,
    })
    return toJS(value)
  } catch (error) {
    throw unsupported(query, error)
  }
}

/** Parses (within the limits of query-limits.ts) with the parameters inlined (so the planner sees their values); a `$name` left over is missing. */
export function parseQuery(query: string, params: Record<string, unknown>): ExprNode {
  checkQueryLimits(query)
  let tree: ExprNode
  try {
    tree = parse(query, { params })
  } catch (error) {
    if (error instanceof GroqSyntaxError) {
      const message = error.message.replace(/^Syntax error in GROQ query at position \d+: /, '')
      throw new GroqQueryError(message, query, error.position, error.position + 1)
    }
    if (error instanceof Error) throw new GroqQueryError(error.message, query)
    throw error
  }
  const missing = firstParameter(tree)
  if (missing !== undefined) throw missingParamError(query, missing)
  return tree
}

function firstParameter(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = firstParameter(child)
      if (found !== undefined) return found
    }
    return undefined
  }
  if (typeof node !== 'object' || node === null) return undefined
  if ('type' in node && node.type === 'Value') return undefined
  if ('type' in node && node.type === 'Parameter' && 'name' in node && typeof node.name === 'string') {
    return node.name
  }
  for (const child of Object.values(node)) {
    const found = firstParameter(child)
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * groq-js parses some functions it cannot evaluate (`text::query`, `documents::get`...) or only evaluates
 * asynchronously (`diff::changedAny`, `delta::changedOnly`: delta mode): a client error, not a crash.
 */
function unsupported(query: string, error: unknown): unknown {
  if (
    error instanceof Error &&
    /not implemented|not supported|Unknown (function|operator|pipe function)/.test(error.message)
  ) {
    return new GroqQueryError(error.message, query)
  }
  return error
}
