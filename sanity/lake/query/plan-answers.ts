import type { ExprNode, FilterNode } from 'groq-js'
import { admits, candidates, estimate, typesOf } from './candidates.ts'
import type { DocumentIndex, LakeDocument } from './document-index.ts'
import type { ExactCondition } from './exact-condition.ts'
import { rememberedCount, rememberedOrder } from './exact-memo.ts'
import { countMatches, orderedWindow } from './ordered-window.ts'
import { keyedConstraint, type LeafState, leavesOf, type NumberedConstraint } from './plan-leaves.ts'
import type { QueryReads } from './query-reads.ts'
import { bestScored, type ScoreContext, type ScoredTopKShape } from './scored-top-k.ts'
import { type KeyTransform, sortedKeys } from './sorted-keys.ts'
import type { TopKShape } from './top-k.ts'

// What the planner's commands answer (see planner.ts): a prefix of the candidates in key order ("t"), the
// candidates that can score among the best ("s"), and counts or slices under an exact condition ("c", "w").

export /** One prefix of a plan's candidates in key order; `withUnkeyed` adds those the key cannot order. */
interface TopSpec {
  readonly plan: number
  readonly attribute: string
  readonly transform: KeyTransform
  readonly descending: boolean
  readonly size: number
  readonly withUnkeyed: boolean
}

export interface ScoredSpec {
  readonly plan: number
  readonly shape: ScoredTopKShape
}

export interface ExactSpec {
  readonly plan: number
  readonly condition: ExactCondition
  /** The condition's text (with the order's, for a window): with the leaves' keys, what it answers. */
  readonly signature: string
  /** For a window: the slice of the ordered matches and the order index. */
  readonly window?: TopKShape
}

/** Scored scans check candidates up to this share of the view; above it, the scoring walk filters alone. */
const SCORED_SCAN_SHARE = 0.25

/** The candidates that can score among the best k of a scored scan (scored-top-k.ts). */
export function scoredAnswer(
  view: DocumentIndex,
  plan: NumberedConstraint,
  leaves: LeafState[],
  spec: ScoredSpec,
  context: ScoreContext,
  reads: QueryReads | undefined,
): { items: readonly LakeDocument[] } {
  const keyed = keyedConstraint(plan, leaves)
  const narrow = keyed !== undefined && estimate(view, keyed) <= view.size * SCORED_SCAN_SHARE
  const found = narrow ? candidates(view, keyed) : undefined
  // A ranked text search can change with any document's words.
  reads?.readEverything()
  return { items: bestScored(view, found, spec.shape, context) ?? found ?? view.all() }
}

/** Up to this many times a prefix's size, the candidates are handed over whole. */
const SMALL_CANDIDATES = 4

export function emitPrefix(
  view: DocumentIndex,
  plan: NumberedConstraint,
  leaves: LeafState[],
  spec: TopSpec,
  reads: QueryReads | undefined,
): readonly LakeDocument[] {
  const keyed = keyedConstraint(plan, leaves)
  reads?.readCandidates(view, keyed)
  // A few candidates (a slug, an id) are cheaper to hand over whole than to find in key order; all of
  // them is a prefix too.
  if (keyed !== undefined && estimate(view, keyed) <= SMALL_CANDIDATES * spec.size)
    return candidates(view, keyed)
  const admitted = (doc: LakeDocument) => keyed === undefined || admits(view, keyed, doc)
  const sorted = sortedKeys(view, spec.attribute, spec.transform)
  const found = sorted.prefix(spec.size, spec.descending, admitted)
  if (!spec.withUnkeyed) return found
  found.push(...sorted.unkeyed(admitted, typesOf(keyed)))
  return found.sort((a, b) => (view.positionOf(a._id) ?? 0) - (view.positionOf(b._id) ?? 0))
}

/** `count(*[cond])`'s filter. */
export function countedFilter(node: ExprNode): FilterNode | undefined {
  if (node.type !== 'FuncCall' || node.namespace !== 'global' || node.name !== 'count') return undefined
  let [arg] = node.args
  while (arg?.type === 'Group') arg = arg.base
  if (node.args.length !== 1 || arg?.type !== 'Filter' || arg.base.type !== 'Everything') return undefined
  return arg
}

/** `{count}` or `{items}` (the window) for an exact condition; null when a leaf cannot be answered. */
export function exactAnswer(
  view: DocumentIndex,
  plan: NumberedConstraint,
  leaves: LeafState[],
  spec: ExactSpec,
  reads: QueryReads | undefined,
): { count: number } | { items: LakeDocument[] } | null {
  const keys: (ReadonlySet<string> | undefined)[] = []
  const keyText: string[][] = []
  let answerable = true
  for (const { leaf } of leavesOf(plan)) {
    const state = leaves[leaf]
    if (state === undefined || state.unanswerable) answerable = false
    else {
      keys[leaf] = state.keys
      keyText.push([...state.keys].sort())
    }
  }
  const keyed = keyedConstraint(plan, leaves)
  if (!answerable) return null
  reads?.readCandidates(view, keyed)
  const env = { view, keys }
  const matches = (doc: LakeDocument) => spec.condition(doc, env) === true
  const memoKey = `${spec.signature}|${JSON.stringify(keyText)}`
  const shape = spec.window
  if (shape === undefined) {
    return { count: rememberedCount(view, memoKey, () => countMatches(view, keyed, matches)) }
  }
  const sorted = sortedKeys(view, shape.attribute, shape.transform)
  const window = (start: number, end: number) =>
    orderedWindow(view, keyed, matches, sorted, {
      start,
      end,
      descending: shape.descending,
      tieBreakers: shape.tieBreakers,
    })
  // A deep slice (a sitemap file, page 40 of a listing) walks most of the order: walk it once, keep it.
  if (shape.k > DEEP_SLICE && !shape.tieBreakers) {
    const all = rememberedOrder(view, memoKey, () => window(0, Number.POSITIVE_INFINITY))
    return all === undefined ? null : { items: all.slice(shape.start, shape.k) }
  }
  const items = window(shape.start, shape.k)
  return items === undefined ? null : { items }
}

/** Slices reaching past this rank are answered from the whole ordered match list, remembered. */
const DEEP_SLICE = 1000
