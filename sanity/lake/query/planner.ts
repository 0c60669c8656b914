import { randomUUID } from 'node:crypto'
import type { DereferenceFunction, ExprNode, FilterNode } from 'groq-js'
import { mapChildren, type ScopeEffect, UnplannableNode } from './ast-scopes.ts'
import { admits, candidates, estimate, type KeyedConstraint, typesOf } from './candidates.ts'
import { type Constraint, constraintOf, type IndexConstraint, type KeySource } from './constraints.ts'
import type { DocumentIndex, LakeDocument } from './document-index.ts'
import { compileCondition, type ExactCondition, type LeafRef } from './exact-condition.ts'
import { countMatches, orderedWindow } from './ordered-window.ts'
import { type QueryReads, scansEverything } from './query-reads.ts'
import { bestScored, type ScoreContext, type ScoredTopKShape, scoredTopKShape } from './scored-top-k.ts'
import { type KeyTransform, sortedKeys } from './sorted-keys.ts'
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

interface LeafState {
  readonly keys: Set<string>
  unanswerable: boolean
}

interface NumberedLeaf extends IndexConstraint {
  readonly leaf: number
}

type NumberedConstraint =
  | NumberedLeaf
  | { readonly kind: 'and' | 'or'; readonly parts: readonly NumberedConstraint[] }

/** One prefix of a plan's candidates in key order; `withUnkeyed` adds those the key cannot order. */
interface TopSpec {
  readonly plan: number
  readonly attribute: string
  readonly transform: KeyTransform
  readonly descending: boolean
  readonly size: number
  readonly withUnkeyed: boolean
}

/** Matches every document: an unnarrowable filter under a top-k order still reads a prefix. */
const ANYTHING: Constraint = { kind: 'and', parts: [] }

interface ScoredSpec {
  readonly plan: number
  readonly shape: ScoredTopKShape
}

interface ExactSpec {
  readonly plan: number
  readonly condition: ExactCondition
  /** For a window: the slice of the ordered matches and the order index. */
  readonly window?: TopKShape
}

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
        exactSpecs.push({ plan: plans.length - 1, condition })
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
    exactSpecs.push({ plan: planNumber, condition: exactCondition, window: shape })
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
      const keyed = keyedConstraint(plan, leaves)
      const narrow = keyed !== undefined && estimate(view, keyed) <= view.size * SCORED_SCAN_SHARE
      const found = narrow ? candidates(view, keyed) : undefined
      // A ranked text search can change with any document's words.
      reads?.readEverything()
      return { items: bestScored(view, found, spec.shape, context) ?? found ?? view.all() }
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

/** Candidates for a plan from the keys its leaves received; resets the leaves for the next evaluation. */
function emit(
  view: DocumentIndex,
  plan: NumberedConstraint,
  leaves: LeafState[],
  reads: QueryReads | undefined,
): readonly LakeDocument[] {
  const keyed = keyedConstraint(plan, leaves)
  reads?.readCandidates(view, keyed)
  return keyed === undefined ? view.all() : candidates(view, keyed)
}

function keyedConstraint(plan: NumberedConstraint, leaves: LeafState[]): KeyedConstraint | undefined {
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

/**
 * `select(count(P1[cond]) >= k => U1[cond], count(P2[cond]) >= k => U2[cond], *[cond])`, where Pn are the
 * first candidates in key order (a whole last tie group) and Un the same plus the candidates without a
 * string key. When Pn holds k matches, every keyed candidate outside it sorts after k matches, so it cannot
 * reach the slice: the order and slice around this give what they give on `*[cond]`. Un is in dataset
 * order, so ties keep their order too.
 */
function topKSource(
  k: number,
  filter: (source: ExprNode) => ExprNode,
  spec: (size: number, withUnkeyed: boolean) => ExprNode,
  everything: ExprNode,
): ExprNode {
  const sizes = [2 * k + 8, 32 * k + 64]
  return {
    type: 'Select',
    alternatives: sizes.map((size) => ({
      type: 'SelectAlternative' as const,
      condition: {
        type: 'OpCall' as const,
        op: '>=' as const,
        left: {
          type: 'FuncCall' as const,
          namespace: 'global',
          name: 'count',
          args: [filter(spec(size, false))],
        },
        right: { type: 'Value' as const, value: k },
      },
      value: filter(spec(size, true)),
    })),
    fallback: filter(everything),
  }
}

/** Scored scans check candidates up to this share of the view; above it, the scoring walk filters alone. */
const SCORED_SCAN_SHARE = 0.25

/** Up to this many times a prefix's size, the candidates are handed over whole. */
const SMALL_CANDIDATES = 4

function emitPrefix(
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
function countedFilter(node: ExprNode): FilterNode | undefined {
  if (node.type !== 'FuncCall' || node.namespace !== 'global' || node.name !== 'count') return undefined
  let [arg] = node.args
  while (arg?.type === 'Group') arg = arg.base
  if (node.args.length !== 1 || arg?.type !== 'Filter' || arg.base.type !== 'Everything') return undefined
  return arg
}

/** `{count}` or `{items}` (the window) for an exact condition; null when a leaf cannot be answered. */
function exactAnswer(
  view: DocumentIndex,
  plan: NumberedConstraint,
  leaves: LeafState[],
  spec: ExactSpec,
  reads: QueryReads | undefined,
): { count: number } | { items: LakeDocument[] } | null {
  const keys: (ReadonlySet<string> | undefined)[] = []
  let answerable = true
  for (const { leaf } of leavesOf(plan)) {
    const state = leaves[leaf]
    if (state === undefined || state.unanswerable) answerable = false
    else keys[leaf] = state.keys
  }
  const keyed = keyedConstraint(plan, leaves)
  if (!answerable) return null
  reads?.readCandidates(view, keyed)
  const env = { view, keys }
  const matches = (doc: LakeDocument) => spec.condition(doc, env) === true
  const shape = spec.window
  if (shape === undefined) return { count: countMatches(view, keyed, matches) }
  const items = orderedWindow(view, keyed, matches, sortedKeys(view, shape.attribute, shape.transform), {
    start: shape.start,
    end: shape.k,
    descending: shape.descending,
    tieBreakers: shape.tieBreakers,
  })
  return items === undefined ? null : { items }
}

/** `{"f0": <feed>, ..., "_ref": "\0lake:<command>"}->items` (or `->count`) */
function narrowedEverything(
  prefix: string,
  command: string,
  plan: NumberedConstraint,
  rewriteKey: (expr: ExprNode) => ExprNode,
  answer: 'items' | 'count' = 'items',
): ExprNode {
  const feeds = leavesOf(plan).flatMap((leaf) =>
    leaf.keys.map((source) => feed(prefix, leaf.leaf, source, rewriteKey)),
  )
  return {
    type: 'AccessAttribute',
    name: answer,
    base: {
      type: 'Deref',
      base: {
        type: 'Object',
        attributes: [
          ...feeds.map((value, i) => ({ type: 'ObjectAttributeValue' as const, name: `f${i}`, value })),
          { type: 'ObjectAttributeValue', name: '_ref', value: text(`${prefix}${command}`) },
        ],
      },
    },
  }
}

function leavesOf(plan: NumberedConstraint): NumberedLeaf[] {
  return plan.kind === 'index' ? [plan] : plan.parts.flatMap(leavesOf)
}

/** Evaluates the key expression once and sends its keys as commands. */
function feed(
  prefix: string,
  leaf: number,
  source: KeySource,
  rewriteKey: (expr: ExprNode) => ExprNode,
): ExprNode {
  const value = rewriteKey(source.expr)
  const keyPrefix = text(`${prefix}k${leaf}:`)
  const unanswerable = command(text(`${prefix}o${leaf}`))
  // "prefix" + @ is null unless @ is a string.
  const sendKey = command({ type: 'OpCall', op: '+', left: keyPrefix, right: { type: 'This' } })
  const sendStrictKey = command(
    coalesce(
      { type: 'OpCall', op: '+', left: keyPrefix, right: { type: 'This' } },
      text(`${prefix}o${leaf}`),
    ),
  )
  const eachElement = (send: ExprNode): ExprNode => ({
    type: 'Map',
    base: { type: 'ArrayCoerce', base: { type: 'This' } },
    expr: send,
  })
  const perValue =
    source.shape === 'one'
      ? sendStrictKey
      : source.shape === 'many'
        ? coalesce(eachElement(sendStrictKey), unanswerable)
        : coalesce(eachElement(sendKey), sendKey)
  return {
    type: 'Map',
    base: { type: 'Array', elements: [{ type: 'ArrayElement', value, isSplat: false }] },
    expr: perValue,
  }
}

function command(id: ExprNode): ExprNode {
  return {
    type: 'Deref',
    base: { type: 'Object', attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: id }] },
  }
}

function coalesce(first: ExprNode, second: ExprNode): ExprNode {
  return { type: 'FuncCall', namespace: 'global', name: 'coalesce', args: [first, second] }
}

function text(value: string): ExprNode {
  return { type: 'Value', value }
}
