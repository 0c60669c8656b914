import { admits, estimate, type KeyedConstraint, lookup, typesOf } from './candidates.ts'
import type { DocumentIndex, LakeDocument } from './document-index.ts'
import type { SortedKeys } from './sorted-keys.ts'

// Counting and slicing with an exact condition (exact-condition.ts): `count(*[cond])` and
// `*[cond] | order(key)[a...b]` answered from the indexes, so groq-js sees a number, or just the b - a
// documents the slice returns, instead of every candidate (a section of 30k stories, a sitemap file deep
// into the list).

export type Matches = (doc: LakeDocument) => boolean

/** Below this many candidates, sorting them beats walking the order index for their ranks. */
const SORT_CANDIDATES = 4096

/** How many documents the condition holds for; `keyed` is a superset of them (undefined: every document). */
export function countMatches(
  view: DocumentIndex,
  keyed: KeyedConstraint | undefined,
  matches: Matches,
): number {
  let count = 0
  eachCandidate(view, keyed, (doc) => {
    if (matches(doc)) count++
  })
  return count
}

/**
 * Visits every candidate of the constraint once (in no particular order). The condition decides, so an
 * `and` only needs its narrowest part, and an `or` skips what an earlier part already visited.
 */
function eachCandidate(
  view: DocumentIndex,
  keyed: KeyedConstraint | undefined,
  visit: (doc: LakeDocument) => void,
): void {
  if (keyed === undefined) {
    for (const doc of view.all()) visit(doc)
    return
  }
  switch (keyed.kind) {
    case 'index': {
      const keys = [...keyed.keys]
      keys.forEach((key, i) => {
        const earlier = { kind: 'index' as const, index: keyed.index, keys: new Set(keys.slice(0, i)) }
        for (const doc of lookup(view, keyed.index, key))
          if (i === 0 || !admits(view, earlier, doc)) visit(doc)
      })
      return
    }
    case 'and': {
      let narrowest: KeyedConstraint | undefined
      for (const part of keyed.parts) {
        if (narrowest === undefined || estimate(view, part) < estimate(view, narrowest)) narrowest = part
      }
      eachCandidate(view, narrowest, visit)
      return
    }
    case 'or':
      keyed.parts.forEach((part, i) => {
        const earlier = keyed.parts.slice(0, i)
        eachCandidate(view, part, (doc) => {
          if (!earlier.some((other) => admits(view, other, doc))) visit(doc)
        })
      })
  }
}

export interface WindowSpec {
  /** The slice `[start...end]` of the ordered matches. */
  readonly start: number
  readonly end: number
  readonly descending: boolean
  /** The order has further keys: a tie group cut by the slice cannot be resolved here. */
  readonly tieBreakers: boolean
}

/**
 * The matches at ranks [start, end) of `order(key)`, each tie group in dataset order (as groq-js's stable
 * sort leaves them): ordering and slicing `[0...end - start]` of these gives what the query's slice gives
 * on every match. Undefined when that cannot be known here: a match without a string key (it sorts by
 * type, apart from the keyed ones) or, with tie breakers, a tie group the slice cuts.
 */
export function orderedWindow(
  view: DocumentIndex,
  keyed: KeyedConstraint | undefined,
  matches: Matches,
  sorted: SortedKeys,
  spec: WindowSpec,
): LakeDocument[] | undefined {
  // Sorting n candidates costs about n log n; walking the order to the slice's end about end * keyed / n
  // (when the candidates are spread evenly over it).
  const count = keyed === undefined ? Number.POSITIVE_INFINITY : estimate(view, keyed)
  const few = count <= SORT_CANDIDATES && count * count <= 4 * spec.end * sorted.keyedCount
  if (few) {
    const found: LakeDocument[] = []
    let unkeyed = false
    eachCandidate(view, keyed, (doc) => {
      if (!matches(doc)) return
      if (sorted.keyOf(doc) === undefined) unkeyed = true
      found.push(doc)
    })
    if (unkeyed) return undefined
    return windowOf(sortedGroups(view, sorted, found, spec.descending), matches, spec)
  }
  if (sorted.hasUnkeyed(matches, typesOf(keyed))) return undefined
  return windowOf(sorted.groups(spec.descending), matches, spec)
}

function windowOf(
  groups: Iterable<LakeDocument[]>,
  matches: Matches,
  { start, end, tieBreakers }: WindowSpec,
): LakeDocument[] | undefined {
  const found: LakeDocument[] = []
  let rank = 0
  for (const group of groups) {
    if (rank >= end) break
    const matched = group.filter(matches)
    const groupEnd = rank + matched.length
    if (groupEnd > start && matched.length > 0) {
      if (tieBreakers && matched.length > 1 && (rank < start || groupEnd > end)) return undefined
      for (let i = Math.max(0, start - rank); i < matched.length && rank + i < end; i++) {
        const doc = matched[i]
        if (doc) found.push(doc)
      }
    }
    rank = groupEnd
  }
  return found
}

/** Keyed documents as tie groups in key order, each group in dataset order. */
function sortedGroups(
  view: DocumentIndex,
  sorted: SortedKeys,
  docs: LakeDocument[],
  descending: boolean,
): LakeDocument[][] {
  const keyed = docs.map((doc) => ({ doc, key: sorted.keyOf(doc) ?? '', seq: view.positionOf(doc._id) ?? 0 }))
  keyed.sort((a, b) => {
    if (a.key !== b.key) return (a.key < b.key ? -1 : 1) * (descending ? -1 : 1)
    return a.seq - b.seq
  })
  const groups: LakeDocument[][] = []
  let last: string | undefined
  for (const { doc, key } of keyed) {
    const current = groups.at(-1)
    if (current && key === last) current.push(doc)
    else groups.push([doc])
    last = key
  }
  return groups
}
