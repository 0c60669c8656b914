import { type ExprNode, evaluateSync, type FilterNode, type PipeFuncCallNode, toJS } from 'groq-js'
import type { DocumentIndex, LakeDocument } from './document-index.ts'
import { type ScoreBound, scoreBoundOf, slotBounds } from './score-bounds.ts'
import { documentSlots } from './slot-indexes.ts'

// `*[cond] | score(args) [| order(_score desc, ...)] [a...b]` (site search, the Studio's ranked lists):
// only the b best-scored matches can be in the result. The planner hands groq-js just those, found by
// walking the candidates from the highest score bound down (score-bounds.ts) and scoring each with
// groq-js itself, until the next bound is below the b-th score found: every document left out scores
// lower than b matches that are kept, so it cannot reach the slice. groq-js then filters, scores, orders
// and slices the few documents as it would have all of them.

export interface ScoredTopKShape {
  readonly filter: FilterNode
  readonly score: PipeFuncCallNode
  readonly order: PipeFuncCallNode | undefined
  /** How many of the best-scored matches the slice can reach. */
  readonly k: number
  readonly bounds: readonly ScoreBound[]
  /** Rebuilds the sliced node around a replacement for the score (and order) pipe. */
  readonly rebuild: (score: PipeFuncCallNode, order: PipeFuncCallNode | undefined) => ExprNode
}

export function scoredTopKShape(node: ExprNode): ScoredTopKShape | undefined {
  if (node.type === 'Slice') {
    if (node.left < 0 || node.right < 0) return undefined
    const k = node.isInclusive ? node.right + 1 : node.right
    return scoredFilter(node.base, k, (base) => ({ ...node, base }))
  }
  if (node.type === 'AccessElement') {
    if (node.index < 0) return undefined
    return scoredFilter(node.base, node.index + 1, (base) => ({ ...node, base }))
  }
  return undefined
}

function scoredFilter(
  base: ExprNode,
  k: number,
  wrap: (base: ExprNode) => ExprNode,
): ScoredTopKShape | undefined {
  if (base.type === 'Group') return scoredFilter(base.base, k, (inner) => wrap({ ...base, base: inner }))
  if (base.type !== 'PipeFuncCall' || !Number.isInteger(k) || k < 1) return undefined
  const order = base.name === 'order' ? base : undefined
  const score = order ? order.base : base
  if (order && !ordersByScoreFirst(order)) return undefined
  if (score.type !== 'PipeFuncCall' || score.name !== 'score') return undefined
  const filter = score.base
  if (filter.type !== 'Filter' || filter.base.type !== 'Everything') return undefined
  // Each document is scored alone here: the condition and scores may read only it (no `*`, no `^`).
  if (!readsOnlyItself(filter.expr) || !score.args.every(readsOnlyItself)) return undefined
  const bounds: ScoreBound[] = []
  for (const arg of score.args) {
    const bound = scoreBoundOf(arg)
    if (bound === undefined) return undefined
    bounds.push(bound)
  }
  return {
    filter,
    score,
    order,
    k,
    bounds,
    rebuild: (newScore, newOrder) => wrap(newOrder ? { ...newOrder, base: newScore } : newScore),
  }
}

function ordersByScoreFirst(order: PipeFuncCallNode): boolean {
  const first = order.args[0]
  if (first?.type !== 'Desc') return false
  const key = first.base
  return (
    key.type === 'AccessAttribute' &&
    key.name === '_score' &&
    (key.base === undefined || key.base.type === 'This')
  )
}

function readsOnlyItself(node: unknown): boolean {
  if (Array.isArray(node)) return node.every(readsOnlyItself)
  if (typeof node !== 'object' || node === null) return true
  if (!('type' in node)) return true
  if (node.type === 'Value') return true
  if (node.type === 'Everything' || node.type === 'Parent' || node.type === 'Context') return false
  return Object.values(node).every(readsOnlyItself)
}

export interface ScoreContext {
  readonly timestamp: Date | undefined
  readonly identity: string | undefined
}

/** Scores beyond this relative difference are not ties (the bound sums in another order than groq-js). */
const TOLERANCE = 1e-9

/** Documents scored one by one before the rest that may qualify is handed to groq-js unscored. */
const MIN_SCORED = 1024

/** First batch: this many times k documents of the highest bounds; each next batch is 8 times larger. */
const FIRST_BATCH = 8

/**
 * The matches (in dataset order) that can be among the k best-scored: every match scoring at least the
 * k-th best. `candidates` is the planner's superset of the matches, or undefined for the whole view (when
 * it is most of the view, checking membership costs more than scoring a few documents it would exclude).
 * Undefined when scoring a document fails (groq-js then reports it on the full scan).
 */
export function bestScored(
  view: DocumentIndex,
  candidates: readonly LakeDocument[] | undefined,
  shape: Pick<ScoredTopKShape, 'filter' | 'score' | 'k' | 'bounds'>,
  context: ScoreContext,
): readonly LakeDocument[] | undefined {
  const slots = documentSlots(view)
  const bounds = slotBounds(view, shape.bounds)
  const allowed = candidates && new Uint8Array(bounds.length)
  if (allowed && candidates) {
    for (const doc of candidates) {
      const slot = slots.find(doc._id)
      if (slot !== undefined && slot < allowed.length) allowed[slot] = 1
    }
  }
  const scoreOf = exactScore(view, shape, context)
  const best = new Kth(shape.k)
  const kept: LakeDocument[] = []
  const budget = Math.max(MIN_SCORED, 16 * shape.k)
  let scored = 0
  let size = FIRST_BATCH * shape.k + 64
  let above = Number.POSITIVE_INFINITY
  for (;;) {
    const floor = largest(bounds, size, above)
    const batch = slotsAtLeast(bounds, floor, above, allowed)
    batch.sort((a, b) => (bounds[b] ?? 0) - (bounds[a] ?? 0))
    for (const [position, slot] of batch.entries()) {
      const threshold = best.value()
      const cutoff = threshold - TOLERANCE * Math.max(1, Math.abs(threshold))
      if ((bounds[slot] ?? 0) < cutoff) return inDatasetOrder(view, kept)
      // Loose bounds (conditions the index cannot see): leave the rest that may still qualify to groq-js
      // in one pass rather than scoring them one by one.
      if (scored++ >= budget) {
        const rest = batch.slice(position).concat(slotsAtLeast(bounds, cutoff, floor, allowed))
        for (const restSlot of rest) {
          const doc = view.get(slots.idAt(restSlot) ?? '')
          if (doc !== undefined && (bounds[restSlot] ?? 0) >= cutoff) kept.push(doc)
        }
        return inDatasetOrder(view, kept)
      }
      const doc = view.get(slots.idAt(slot) ?? '')
      if (doc === undefined) continue
      const score = scoreOf(doc)
      if (score === 'failed') return undefined
      if (score === undefined) continue
      kept.push(doc)
      best.add(score)
    }
    if (floor === Number.NEGATIVE_INFINITY) return inDatasetOrder(view, kept)
    above = floor
    size *= 8
  }
}

/** Slots whose bound is at least `floor` and below `above`. */
function slotsAtLeast(
  bounds: Float64Array,
  floor: number,
  above: number,
  allowed: Uint8Array | undefined,
): number[] {
  const found: number[] = []
  for (let slot = 0; slot < bounds.length; slot++) {
    const value = bounds[slot] ?? 0
    if (value >= floor && value < above && (allowed === undefined || allowed[slot] === 1)) found.push(slot)
  }
  return found
}

/** The `count`-th largest value below `above` (minus infinity when there are fewer). */
function largest(values: Float64Array, count: number, above: number): number {
  const heap = new MinHeap(count)
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? 0
    if (value < above) heap.offer(value)
  }
  return heap.full() ? heap.min() : Number.NEGATIVE_INFINITY
}

/** The `capacity` largest numbers offered; `min()` is the smallest of them. */
class MinHeap {
  readonly #items: Float64Array
  #size = 0

  constructor(capacity: number) {
    this.#items = new Float64Array(capacity)
  }

  full(): boolean {
    return this.#size === this.#items.length
  }

  min(): number {
    return this.#items[0] ?? Number.NEGATIVE_INFINITY
  }

  offer(value: number): void {
    const items = this.#items
    if (this.full()) {
      if (value <= (items[0] ?? 0)) return
      items[0] = value
      this.#down(0)
      return
    }
    let at = this.#size++
    items[at] = value
    while (at > 0) {
      const parent = (at - 1) >> 1
      if ((items[parent] ?? 0) <= value) break
      items[at] = items[parent] ?? 0
      items[parent] = value
      at = parent
    }
  }

  #down(from: number): void {
    const items = this.#items
    let at = from
    for (;;) {
      const left = 2 * at + 1
      const right = left + 1
      let smallest = at
      if (left < this.#size && (items[left] ?? 0) < (items[smallest] ?? 0)) smallest = left
      if (right < this.#size && (items[right] ?? 0) < (items[smallest] ?? 0)) smallest = right
      if (smallest === at) return
      const value = items[at] ?? 0
      items[at] = items[smallest] ?? 0
      items[smallest] = value
      at = smallest
    }
  }
}

function inDatasetOrder(view: DocumentIndex, docs: LakeDocument[]): LakeDocument[] {
  return docs.sort((a, b) => (view.positionOf(a._id) ?? 0) - (view.positionOf(b._id) ?? 0))
}

/** The document's `_score` as groq-js computes it, undefined when it fails the condition. */
function exactScore(
  view: DocumentIndex,
  shape: Pick<ScoredTopKShape, 'filter' | 'score'>,
  context: ScoreContext,
): (doc: LakeDocument) => number | undefined | 'failed' {
  const tree: ExprNode = { ...shape.score, base: { ...shape.filter, base: { type: 'Everything' } } }
  return (doc) => {
    try {
      const scored = toJS(
        evaluateSync(tree, {
          dataset: [doc],
          timestamp: context.timestamp,
          identity: context.identity,
          dereference: ({ _ref }) => view.get(_ref),
        }),
      )
      if (!Array.isArray(scored)) return 'failed'
      const [first] = scored
      if (first === undefined) return undefined
      const value: unknown = typeof first === 'object' && first !== null ? Reflect.get(first, '_score') : null
      return typeof value === 'number' ? value : 'failed'
    } catch {
      return 'failed'
    }
  }
}

/** The k-th largest of the scores added (minus infinity until there are k). */
class Kth {
  readonly #k: number
  readonly #top: number[] = []

  constructor(k: number) {
    this.#k = k
  }

  add(score: number): void {
    const top = this.#top
    if (top.length === this.#k && score <= (top[top.length - 1] ?? 0)) return
    let at = top.length
    while (at > 0 && (top[at - 1] ?? 0) < score) at--
    top.splice(at, 0, score)
    if (top.length > this.#k) top.pop()
  }

  value(): number {
    return this.#top.length < this.#k ? Number.NEGATIVE_INFINITY : (this.#top[this.#k - 1] ?? 0)
  }
}
