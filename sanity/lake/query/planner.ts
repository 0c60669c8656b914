import { randomUUID } from 'node:crypto'
import type { DereferenceFunction, ExprNode } from 'groq-js'
import { mapChildren, type ScopeEffect, UnplannableNode } from './ast-scopes.ts'
import { type Constraint, constraintOf } from './constraints.ts'
import type { DocumentIndex } from './document-index.ts'
import { compileCondition, type LeafRef } from './exact-condition.ts'
import {
  countedFilter,
  type ExactSpec,
  emitPrefix,
  exactAnswer,
  type ScoredSpec,
  scoredAnswer,
  type TopSpec,
} from './plan-answers.ts'
import { emit, type LeafState, type NumberedConstraint } from './plan-leaves.ts'
import { coalesce, narrowedEverything, topKSource } from './plan-nodes.ts'
import { type QueryReads, scansEverything } from './query-reads.ts'
import { type ScoreContext, type ScoredTopKShape, scoredTopKShape } from './scored-top-k.ts'
import { type TopKShape, topKShape } from './top-k.ts'

// Narrowing `*[cond]` scans. groq-js evaluates a tree it is given, and its only hook into the engine is
// `dereference(id)`. So the planner replaces the `*` of a narrowable filter with an expression that, when
// groq-js evaluates it (once per evaluation of the filter, in the filter's outer scope):
//   1. evaluates the hoisted key expressions and passes every key to `dereference` as a command id
//      ("\0lake:<nonce>:k<leaf>:<key>", or "...:o<leaf>" for a value the index cannot answer for);
//   2. dereferences "\0lake:<nonce>:e<plan>", answered with {items: candidates} from the secondary indexes.
// groq-js evaluates synchronously, object attributes in order, so commands arrive in that sequence. The
// condition still runs on every candidate, so results are those of a full scan.
// `*[cond] | order(attr)[a...b]` gets a select over prefixes of its candidates in `attr` order (see
// topKSource): "\0lake:<nonce>:t<spec>" answers with one such prefix.
// `*[cond] | score(...) | order(_score desc, ...)[a...b]` gets "\0lake:<nonce>:s<spec>": the candidates that
// can score among the best b (see scored-top-k.ts).
// When the condition is exact (exact-condition.ts), `count(*[cond])` becomes
// `coalesce({...}->count, count(*[cond]))` ("c<spec>") and `*[cond] | order(key)[a...b]` becomes
// `coalesce(({...}->items | order(key))[0...b-a], <the prefix select above>)` ("w<spec>"): the lake counts,
// or hands over just the slice, and answers null (groq-js then does it) when it cannot tell.

/** Command ids carry a per-query nonce, so no stored `_ref` can pass for one. */
function commandPrefix(): string {
  return `\u0000lake:${randomUUID()}:`
}

export interface QueryPlan {
  readonly tree: ExprNode
  readonly dereference: DereferenceFunction
  /** How many `*[...]` scans were narrowed. */
  readonly narrowed: number
}

/** Matches every document: an unnarrowable filter under a top-k order still reads a prefix. */
const ANYTHING: Constraint = { kind: 'and', parts: [] }

/**
 * `context` fixes `now()` and the identity for documents the planner scores itself; `reads`, when given, learns
 * which index keys the evaluation depends on (see query-reads.ts).
 */
export function planQuery(
  tree: ExprNode,
  view: DocumentIndex,
  context: ScoreContext = { timestamp: undefined, identity: undefined },
  reads?: QueryReads,
): QueryPlan {
  const prefix = commandPrefix()
  const plans: NumberedConstraint[] = []
  const leaves: LeafState[] = []
  const topSpecs: TopSpec[] = []
  const scoredSpecs: ScoredSpec[] = []
  const exactSpecs: ExactSpec[] = []
  const leafOfNode = new Map<ExprNode, LeafRef>()

  const numbered = (constraint: Constraint): NumberedConstraint => {
    if (constraint.kind !== 'index') return { kind: constraint.kind, parts: constraint.parts.map(numbered) }
    leaves.push({ keys: new Set(), unanswerable: false })
    leafOfNode.set(constraint.node, { leaf: leaves.length - 1, test: constraint.test })
    return { ...constraint, leaf: leaves.length - 1 }
  }
  const exact = (condition: ExprNode) => compileCondition(condition, (node) => leafOfNode.get(node))

  const rewrite = (node: ExprNode, hidden: boolean): ExprNode => {
    const counted = countedFilter(node)
    if (counted) {
      const plan = numbered(constraintOf(counted.expr, hidden) ?? ANYTHING)
      const condition = exact(counted.expr)
      if (condition) {
        plans.push(plan)
        exactSpecs.push({ plan: plans.length - 1, condition, signature: JSON.stringify(counted.expr) })
        const count = narrowedEverything(
          prefix,
          `c${exactSpecs.length - 1}`,
          plan,
          (expr) => rewrite(expr, hidden),
          'count',
        )
        return coalesce(
          count,
          mapChildren(node, (child, effect) => rewrite(child, childHidden(hidden, effect))),
        )
      }
    }
    const scored = scoredTopKShape(node)
    if (scored) return rewriteScored(scored, hidden)
    const topK = topKShape(node)
    if (topK) return rewriteTopK(topK, hidden)
    if (node.type === 'Filter' && node.base.type === 'Everything') {
      const condition = rewrite(node.expr, false)
      const constraint = constraintOf(node.expr, hidden)
      if (constraint === undefined) return { ...node, expr: condition }
      const plan = numbered(constraint)
      plans.push(plan)
      const base = narrowedEverything(prefix, `e${plans.length - 1}`, plan, (expr) => rewrite(expr, hidden))
      return { ...node, base, expr: condition }
    }
    return mapChildren(node, (child, effect) => rewrite(child, childHidden(hidden, effect)))
  }

  const rewriteTopK = (shape: TopKShape, hidden: boolean): ExprNode => {
    const condition = rewrite(shape.filter.expr, false)
    const plan = numbered(constraintOf(shape.filter.expr, hidden) ?? ANYTHING)
    plans.push(plan)
    const planNumber = plans.length - 1
    const source = (command: string) =>
      narrowedEverything(prefix, command, plan, (expr) => rewrite(expr, hidden))
    const spec = (size: number, withUnkeyed: boolean) => {
      topSpecs.push({
        plan: planNumber,
        attribute: shape.attribute,
        transform: shape.transform,
        descending: shape.descending,
        size,
        withUnkeyed,
      })
      return source(`t${topSpecs.length - 1}`)
    }
    const base = topKSource(
      shape.k,
      (expr) => ({ type: 'Filter', base: expr, expr: condition }),
      spec,
      source(`e${planNumber}`),
    )
    const args = shape.order.args.map((arg) => rewrite(arg, childHidden(hidden, 'nested')))
    const ordered = shape.rebuild({ ...shape.order, base, args })
    const exactCondition = shape.start < shape.k ? exact(shape.filter.expr) : undefined
    if (exactCondition === undefined) return ordered
    const signature = JSON.stringify([shape.filter.expr, shape.order.args])
    exactSpecs.push({ plan: planNumber, condition: exactCondition, signature, window: shape })
    const window = source(`w${exactSpecs.length - 1}`)
    return coalesce(shape.rebuildWindow({ ...shape.order, base: window, args }), ordered)
  }

  const rewriteScored = (shape: ScoredTopKShape, hidden: boolean): ExprNode => {
    const condition = rewrite(shape.filter.expr, false)
    const plan = numbered(constraintOf(shape.filter.expr, hidden) ?? ANYTHING)
    plans.push(plan)
    scoredSpecs.push({ plan: plans.length - 1, shape })
    const base = narrowedEverything(prefix, `s${scoredSpecs.length - 1}`, plan, (expr) =>
      rewrite(expr, hidden),
    )
    const nested = (args: readonly ExprNode[]) =>
      args.map((arg) => rewrite(arg, childHidden(hidden, 'nested')))
    const score = {
      ...shape.score,
      base: { ...shape.filter, base, expr: condition },
      args: nested(shape.score.args),
    }
    const order = shape.order && { ...shape.order, args: nested(shape.order.args) }
    return shape.rebuild(score, order)
  }

  let planned: ExprNode
  try {
    planned = rewrite(tree, false)
  } catch (error) {
    if (!(error instanceof UnplannableNode)) throw error
    reads?.readEverything()
    return { tree, dereference: ({ _ref }) => view.get(_ref), narrowed: 0 }
  }
  if (reads && scansEverything(planned)) reads.readEverything()

  const dereference: DereferenceFunction = ({ _ref }) => {
    if (!_ref.startsWith(prefix)) {
      reads?.readDocument(_ref)
      return view.get(_ref)
    }
    const command = _ref.slice(prefix.length)
    const separator = command.indexOf(':')
    const kind = command[0]
    const number = Number(command.slice(1, separator === -1 ? undefined : separator))
    if (kind === 'e') {
      const plan = plans[number]
      if (plan === undefined) return null
      return { items: emit(view, plan, leaves, reads) }
    }
    if (kind === 't') {
      const spec = topSpecs[number]
      const plan = spec && plans[spec.plan]
      if (spec === undefined || plan === undefined) return null
      return { items: emitPrefix(view, plan, leaves, spec, reads) }
    }
    if (kind === 's') {
      const spec = scoredSpecs[number]
      const plan = spec && plans[spec.plan]
      if (spec === undefined || plan === undefined) return null
      return scoredAnswer(view, plan, leaves, spec, context, reads)
    }
    if (kind === 'c' || kind === 'w') {
      const spec = exactSpecs[number]
      const plan = spec && plans[spec.plan]
      if (spec === undefined || plan === undefined) return null
      return exactAnswer(view, plan, leaves, spec, reads)
    }
    const leaf = leaves[number]
    if (leaf === undefined) return null
    if (kind === 'k' && separator !== -1) leaf.keys.add(command.slice(separator + 1))
    else leaf.unanswerable = true
    return null
  }

  return { tree: planned, dereference, narrowed: plans.length }
}

function childHidden(hidden: boolean, effect: ScopeEffect): boolean {
  return effect === 'same' ? hidden : effect === 'hidden'
}
