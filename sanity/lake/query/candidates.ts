import { ALL_DOCUMENTS, type IndexName } from './constraints.ts'
import type { DocumentIndex, LakeDocument } from './document-index.ts'
import { slugOf } from './document-keys.ts'

/** A constraint whose keys are known (evaluated for the current outer scope). */
export type KeyedConstraint =
  | { readonly kind: 'index'; readonly index: IndexName; readonly keys: ReadonlySet<string> }
  | { readonly kind: 'and' | 'or'; readonly parts: readonly KeyedConstraint[] }

/** Above this share of the dataset, a union is cheaper to take by filtering `*` than by merging and sorting. */
const SCAN_SHARE = 0.25

/**
 * The documents that can satisfy the constraint, in dataset order (a subsequence of `view.all()`), so that
 * filtering them gives exactly what filtering every document would.
 */
export function candidates(view: DocumentIndex, constraint: KeyedConstraint): readonly LakeDocument[] {
  switch (constraint.kind) {
    case 'index':
      return indexCandidates(view, constraint.index, constraint.keys)
    case 'and': {
      const [smallest, ...others] = [...constraint.parts].sort(
        (a, b) => estimate(view, a) - estimate(view, b),
      )
      if (smallest === undefined) return view.all()
      const found = candidates(view, smallest)
      return others.length === 0
        ? found
        : found.filter((doc) => others.every((part) => admits(view, part, doc)))
    }
    case 'or':
      return union(view, constraint)
  }
}

function indexCandidates(
  view: DocumentIndex,
  index: IndexName,
  keys: ReadonlySet<string>,
): readonly LakeDocument[] {
  if (keys.size === 1) {
    for (const key of keys) return lookup(view, index, key)
  }
  return union(view, { kind: 'index', index, keys })
}

export function lookup(view: DocumentIndex, index: IndexName, key: string): readonly LakeDocument[] {
  switch (index) {
    case 'type':
      return view.ofType(key)
    case 'id': {
      const doc = view.get(key)
      return doc ? [doc] : []
    }
    case 'slug':
      return view.withSlug(key)
    case 'references':
      return view.referencing(key)
    case 'shallowRef':
      return view.holding(key)
    case 'constant':
      return key === ALL_DOCUMENTS ? view.all() : []
  }
}

function union(view: DocumentIndex, constraint: KeyedConstraint): readonly LakeDocument[] {
  if (estimate(view, constraint) > view.size * SCAN_SHARE) {
    return view.all().filter((doc) => admits(view, constraint, doc))
  }
  const found = new Map<string, LakeDocument>()
  const add = (docs: readonly LakeDocument[]) => {
    for (const doc of docs) found.set(doc._id, doc)
  }
  if (constraint.kind === 'index') {
    for (const key of constraint.keys) add(lookup(view, constraint.index, key))
  } else {
    for (const part of constraint.parts) add(candidates(view, part))
  }
  return [...found.values()].sort((a, b) => (view.positionOf(a._id) ?? 0) - (view.positionOf(b._id) ?? 0))
}

/** An upper bound of the number of candidates, from index sizes alone. */
export function estimate(view: DocumentIndex, constraint: KeyedConstraint): number {
  switch (constraint.kind) {
    case 'index': {
      let total = 0
      for (const key of constraint.keys) total += lookup(view, constraint.index, key).length
      return total
    }
    case 'and':
      return Math.min(...constraint.parts.map((part) => estimate(view, part)))
    case 'or':
      return constraint.parts.reduce((total, part) => total + estimate(view, part), 0)
  }
}

/** Whether the document is among the constraint's candidates. */
export function admits(view: DocumentIndex, constraint: KeyedConstraint, doc: LakeDocument): boolean {
  switch (constraint.kind) {
    case 'and':
      return constraint.parts.every((part) => admits(view, part, doc))
    case 'or':
      return constraint.parts.some((part) => admits(view, part, doc))
    case 'index':
      switch (constraint.index) {
        case 'type':
          return typeof doc._type === 'string' && constraint.keys.has(doc._type)
        case 'id':
          return constraint.keys.has(doc._id)
        case 'slug': {
          const slug = slugOf(doc)
          return slug !== undefined && constraint.keys.has(slug)
        }
        case 'references':
          for (const key of constraint.keys) if (view.isReferencing(doc._id, key)) return true
          return false
        case 'shallowRef':
          for (const key of constraint.keys) if (view.holds(doc._id, key)) return true
          return false
        case 'constant':
          return constraint.keys.has(ALL_DOCUMENTS)
      }
  }
}

/** Every `_type` a candidate of the constraint can have, when a type index bounds them. */
export function typesOf(constraint: KeyedConstraint | undefined): ReadonlySet<string> | undefined {
  if (constraint === undefined) return undefined
  switch (constraint.kind) {
    case 'index':
      return constraint.index === 'type' ? constraint.keys : undefined
    case 'and': {
      let smallest: ReadonlySet<string> | undefined
      for (const part of constraint.parts) {
        const types = typesOf(part)
        if (types && (smallest === undefined || types.size < smallest.size)) smallest = types
      }
      return smallest
    }
    case 'or': {
      const union = new Set<string>()
      for (const part of constraint.parts) {
        const types = typesOf(part)
        if (types === undefined) return undefined
        for (const type of types) union.add(type)
      }
      return union
    }
  }
}
