import { candidates, type KeyedConstraint } from './candidates.ts'
import type { IndexConstraint } from './constraints.ts'
import type { DocumentIndex, LakeDocument } from './document-index.ts'
import type { QueryReads } from './query-reads.ts'

// The planner's leaves: each index leaf of a narrowed filter collects the keys groq-js sends it while
// evaluating the feeds (planner.ts), and a plan's keyed constraint is read from them once per scan.

export interface LeafState {
  readonly keys: Set<string>
  unanswerable: boolean
}

export interface NumberedLeaf extends IndexConstraint {
  readonly leaf: number
}

export type NumberedConstraint =
  | NumberedLeaf
  | { readonly kind: 'and' | 'or'; readonly parts: readonly NumberedConstraint[] }

/** Candidates for a plan from the keys its leaves received; resets the leaves for the next evaluation. */
export function emit(
  view: DocumentIndex,
  plan: NumberedConstraint,
  leaves: LeafState[],
  reads: QueryReads | undefined,
): readonly LakeDocument[] {
  const keyed = keyedConstraint(plan, leaves)
  reads?.readCandidates(view, keyed)
  return keyed === undefined ? view.all() : candidates(view, keyed)
}

export function keyedConstraint(plan: NumberedConstraint, leaves: LeafState[]): KeyedConstraint | undefined {
  if (plan.kind === 'index') {
    const state = leaves[plan.leaf]
    if (state === undefined) return undefined
    leaves[plan.leaf] = { keys: new Set(), unanswerable: false }
    return state.unanswerable ? undefined : { kind: 'index', index: plan.index, keys: state.keys }
  }
  // Every part is visited so each leaf is reset, whatever the outcome.
  const parts = plan.parts.map((part) => keyedConstraint(part, leaves))
  const known = parts.filter((part) => part !== undefined)
  if (plan.kind === 'or') return known.length === parts.length ? { kind: 'or', parts: known } : undefined
  if (known.length === 0) return undefined
  return known.length === 1 ? known[0] : { kind: 'and', parts: known }
}

export function leavesOf(plan: NumberedConstraint): NumberedLeaf[] {
  return plan.kind === 'index' ? [plan] : plan.parts.flatMap(leavesOf)
}
