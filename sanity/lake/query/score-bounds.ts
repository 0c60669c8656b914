import type { ExprNode } from 'groq-js'
import type { DocumentIndex } from './document-index.ts'
import { sourcePostings } from './referenced-postings.ts'
import { documentSlots, ownScores } from './slot-indexes.ts'
import { matchSaturation, type PackedPosting, textIndex } from './text-index.ts'
import { type TextSource, textSourceOf } from './text-sources.ts'

// An upper bound of the `_score` groq-js's `score(...)` gives a document, computed from the text indexes
// instead of tokenizing every document. groq-js scores (evaluateScoreSync): `a match p` sums, per pattern
// term, freq * 2.2 / (freq + 1.2) where freq counts the text's tokens the term matches; `boost(x, n)` is
// x + n when x > 0, else 0; `||` adds; `&&` adds unless a side is 0; anything else is 1 when true.
// With the exact token counts the bound is the score itself; it only has to be no smaller.

export type ScoreBound =
  | { readonly kind: 'constant'; readonly value: number }
  | { readonly kind: 'match'; readonly source: TextSource; readonly terms: readonly RegExp[] }
  | { readonly kind: 'boost'; readonly inner: ScoreBound; readonly by: number }
  | { readonly kind: 'or' | 'and'; readonly parts: readonly ScoreBound[] }

// groq-js's pattern rules: word characters and `*`, dots only inside words; `*` is any run of characters.
const PATTERN_CHARS = /([^!@#$%^&(),\\/?";:{}|[\]+<>\s-])+/g
const EDGE_DOTS = /(\b\.+|\.+\b)/g

/** The term regexes of a `match` pattern value, as groq-js builds them (unescaped, as it does). */
function patternTerms(pattern: unknown): RegExp[] | undefined {
  const texts =
    typeof pattern === 'string'
      ? [pattern]
      : Array.isArray(pattern)
        ? pattern.filter((part) => typeof part === 'string')
        : []
  try {
    return texts.flatMap((text) =>
      (text.replace(EDGE_DOTS, '').match(PATTERN_CHARS) ?? []).map(
        (term) => new RegExp(`^${term.slice(0, 1024).replace(/\*/g, '.*')}$`, 'i'),
      ),
    )
  } catch {
    return undefined
  }
}

/** A literal's number (`5`, `-1`), null for a literal that is not a number, undefined for anything else. */
function constantNumber(node: ExprNode): number | null | undefined {
  if (node.type === 'Value') return typeof node.value === 'number' ? node.value : null
  if (node.type === 'Neg' && node.base.type === 'Value') {
    return typeof node.base.value === 'number' ? -node.base.value : undefined
  }
  return undefined
}

/** The bound of a score argument, or undefined when some `match` reads text no index holds. */
export function scoreBoundOf(node: ExprNode): ScoreBound | undefined {
  if (node.type === 'OpCall' && node.op === 'match') {
    const source = textSourceOf(node.left)
    if (source === undefined || node.right.type !== 'Value') return undefined
    const terms = patternTerms(node.right.value)
    return terms && { kind: 'match', source, terms }
  }
  if (node.type === 'FuncCall' && node.name === 'boost') {
    const [inner, by] = node.args
    const factor = by && constantNumber(by)
    if (node.args.length !== 2 || inner === undefined || factor === undefined) return undefined
    if (factor === null) return { kind: 'constant', value: 0 }
    const bound = scoreBoundOf(inner)
    return bound && { kind: 'boost', inner: bound, by: factor }
  }
  if (node.type === 'Or' || node.type === 'And') {
    const left = scoreBoundOf(node.left)
    const right = scoreBoundOf(node.right)
    return left && right && { kind: node.type === 'Or' ? 'or' : 'and', parts: [left, right] }
  }
  return { kind: 'constant', value: 1 }
}

/** A `match` whose hits add its saturation per token, plus `bonus` (the boosts around it) once. */
interface MatchLeaf {
  readonly source: TextSource
  readonly terms: readonly RegExp[]
  readonly bonus: number
}

/**
 * The bound as a constant plus independent matches. Every part's score is >= 0 except a negative boost,
 * which only lowers the score: dropped. A boost around several matches is added to each (never less).
 */
function flatten(bound: ScoreBound, bonus: number, leaves: MatchLeaf[]): number {
  switch (bound.kind) {
    case 'constant':
      return bound.value
    case 'match':
      leaves.push({ source: bound.source, terms: bound.terms, bonus })
      return 0
    case 'boost': {
      if (bound.inner.kind === 'constant') {
        const value = bound.inner.value
        return value > 0 ? Math.max(0, value + bound.by) : 0
      }
      return flatten(bound.inner, bonus + Math.max(0, bound.by), leaves)
    }
    case 'or':
    case 'and':
      return bound.parts.reduce((total, part) => total + flatten(part, bonus, leaves), 0)
  }
}

/**
 * An upper bound of every slot's score (documents no longer in the view included: callers skip empty
 * slots), with work proportional to the postings of the matched tokens, not to the size of the view.
 * Token counts per term are exact (summed over the tokens the term matches and the documents a
 * `refs[]->` reads), so for the site's searches the bound is the score itself. The array is the view's
 * scratch space: valid until the next call for the same view.
 */
export function slotBounds(view: DocumentIndex, bounds: readonly ScoreBound[]): Float64Array {
  // Built first: it gives every document of the view a slot, so the arrays below cover them all.
  const own = ownScores(view)
  const leaves: MatchLeaf[] = []
  const constant = bounds.reduce((sum, bound) => sum + flatten(bound, 0, leaves), 0)
  for (const leaf of leaves) textIndex(view, leaf.source.text)
  const { total, counts, hits } = workspaceOf(view, documentSlots(view).capacity)
  const capacity = total.length
  for (const leaf of leaves) {
    hits.next()
    for (const term of leaf.terms) {
      const add = (slot: number, freq: number) => {
        const bonus = leaf.bonus > 0 && hits.first(slot) ? leaf.bonus : 0
        total[slot] = (total[slot] ?? 0) + matchSaturation(freq) + bonus
      }
      const postings = sourcePostings(view, leaf.source, term)
      const [single] = postings
      // The common case, a term matching one token: the posting's counts are the frequencies, whose
      // saturations it holds.
      if (postings.length === 1 && single) {
        addSaturations(total, single.slots, single.saturations, hits.marks, hits.round, leaf.bonus)
        continue
      }
      for (const posting of postings) addCounts(counts, posting)
      counts.drain(add)
    }
  }
  for (const [slot, score] of own.entries()) if (slot < capacity) total[slot] = (total[slot] ?? 0) + score
  if (constant !== 0) for (let slot = 0; slot < capacity; slot++) total[slot] = (total[slot] ?? 0) + constant
  return total
}

/**
 * `total[slot] += saturation (+ bonus the first time the slot is hit this round)` over one posting. A
 * function of its own, typed arrays in, so V8 optimizes this hot loop once instead of re-entering it
 * on-stack inside the caller on every search.
 */
function addSaturations(
  total: Float64Array,
  slots: Int32Array,
  saturations: Float64Array,
  marks: Uint32Array,
  round: number,
  bonus: number,
): void {
  const length = slots.length
  if (bonus > 0) {
    for (let i = 0; i < length; i++) {
      const slot = slots[i] ?? 0
      let score = saturations[i] ?? 0
      if (marks[slot] !== round) {
        marks[slot] = round
        score += bonus
      }
      total[slot] = (total[slot] ?? 0) + score
    }
    return
  }
  for (let i = 0; i < length; i++) {
    const slot = slots[i] ?? 0
    total[slot] = (total[slot] ?? 0) + (saturations[i] ?? 0)
  }
}

interface Workspace {
  readonly total: Float64Array
  readonly counts: TermCounts
  readonly hits: HitMarks
}

// Arrays the size of the view, reused by every search on it: a search at 100k documents would otherwise
// allocate megabytes per request and keep the collector busy. Queries run one at a time (synchronously).
const workspaces = new WeakMap<DocumentIndex, Workspace>()

function workspaceOf(view: DocumentIndex, capacity: number): Workspace {
  const existing = workspaces.get(view)
  if (existing && existing.total.length === capacity) {
    existing.total.fill(0)
    return existing
  }
  const created = {
    total: new Float64Array(capacity),
    counts: new TermCounts(capacity),
    hits: new HitMarks(capacity),
  }
  workspaces.set(view, created)
  return created
}

/** Token counts of one term per slot, with the list of slots touched (cleared by `drain`). */
class TermCounts {
  readonly #counts: Float64Array
  readonly #touched: Int32Array
  #size = 0

  constructor(capacity: number) {
    this.#counts = new Float64Array(capacity)
    this.#touched = new Int32Array(capacity)
  }

  add(slot: number, count: number): void {
    if (slot >= this.#counts.length || count <= 0) return
    if (this.#counts[slot] === 0) this.#touched[this.#size++] = slot
    this.#counts[slot] = (this.#counts[slot] ?? 0) + count
  }

  drain(each: (slot: number, count: number) => void): void {
    for (let i = 0; i < this.#size; i++) {
      const slot = this.#touched[i] ?? 0
      each(slot, this.#counts[slot] ?? 0)
      this.#counts[slot] = 0
    }
    this.#size = 0
  }
}

/** Which slots were already hit by the current leaf, without clearing an array per leaf. */
class HitMarks {
  /** The round in which each slot was last hit. */
  readonly marks: Uint32Array
  #round = 0

  constructor(capacity: number) {
    this.marks = new Uint32Array(capacity)
  }

  get round(): number {
    return this.#round
  }

  next(): void {
    if (this.#round === 0xffffffff) {
      this.marks.fill(0)
      this.#round = 0
    }
    this.#round++
  }

  /** True the first time a slot is seen in this round. */
  first(slot: number): boolean {
    if (this.marks[slot] === this.#round) return false
    this.marks[slot] = this.#round
    return true
  }
}

/** Adds a posting's counts (a loop of its own: see addSaturations). */
function addCounts(counts: TermCounts, posting: PackedPosting): void {
  const { slots, counts: occurrences } = posting
  for (let i = 0; i < slots.length; i++) counts.add(slots[i] ?? 0, occurrences[i] ?? 0)
}
