import type { ExprNode } from 'groq-js'
import { hoistFromCondition } from './hoist.ts'

/** The secondary index a constraint is answered from. */
export type IndexName = 'type' | 'id' | 'slug' | 'references' | 'shallowRef' | 'constant'

/** Keys of the `constant` index: a condition that does not read the document is true for all or none. */
export const ALL_DOCUMENTS = 'all'
export const NO_DOCUMENTS = 'none'

/**
 * How a key expression's value becomes index keys:
 * - one: `field == K`: K must be a string, anything else could match documents the index does not hold;
 * - many: `field in K`: K must be an array of strings, for the same reason;
 * - reference: `references(K)`: strings and arrays of strings count, everything else is ignored (as groq-js).
 */
export type KeyShape = 'one' | 'many' | 'reference'

export interface KeySource {
  /** Evaluates, in the scope of the `*`, to the key(s). */
  readonly expr: ExprNode
  readonly shape: KeyShape
}

/**
 * What a leaf tests on the document, for exact-condition.ts: `field == K` / `field in K` (the field's string
 * value is one of the keys), `K in array[]._ref`, `references(K...)`, or a condition that ignores the document.
 */
export type LeafTest =
  | { readonly kind: 'equals'; readonly field: ExprNode }
  | { readonly kind: 'heldIn'; readonly array: ExprNode }
  | { readonly kind: 'references' }
  | { readonly kind: 'constant' }

export interface IndexConstraint {
  readonly kind: 'index'
  readonly index: IndexName
  readonly keys: readonly KeySource[]
  /** The condition node this leaf stands for, and what it tests. */
  readonly node: ExprNode
  readonly test: LeafTest
}

export interface Junction {
  readonly kind: 'and' | 'or'
  readonly parts: readonly Constraint[]
}

/** A superset of the documents for which a filter condition can be true. */
export type Constraint = IndexConstraint | Junction

/**
 * What the condition of `*[cond]` guarantees about matching documents, or undefined when it could match
 * anything. Sound by construction: And needs both sides true, Or one of them, and each leaf is an equality,
 * membership or references() test that only a document holding the key in that index can pass.
 */
export function constraintOf(condition: ExprNode, outerHidden: boolean): Constraint | undefined {
  return structural(condition, outerHidden) ?? constant(condition, outerHidden)
}

function structural(condition: ExprNode, outerHidden: boolean): Constraint | undefined {
  switch (condition.type) {
    case 'Group':
      return constraintOf(condition.base, outerHidden)
    case 'And': {
      const parts = [constraintOf(condition.left, outerHidden), constraintOf(condition.right, outerHidden)]
      const known = parts.filter((part) => part !== undefined)
      if (known.length === 0) return undefined
      return known.length === 1 ? known[0] : { kind: 'and', parts: known }
    }
    case 'Or': {
      const left = constraintOf(condition.left, outerHidden)
      const right = constraintOf(condition.right, outerHidden)
      return left && right ? { kind: 'or', parts: [left, right] } : undefined
    }
    case 'OpCall':
      if (condition.op === '==') {
        return (
          comparison(condition, condition.left, condition.right, 'one', outerHidden) ??
          comparison(condition, condition.right, condition.left, 'one', outerHidden)
        )
      }
      if (condition.op === 'in') {
        return (
          comparison(condition, condition.left, condition.right, 'many', outerHidden) ??
          heldIn(condition, condition.right, condition.left, outerHidden)
        )
      }
      return undefined
    case 'FuncCall':
      if (condition.namespace !== 'global' || condition.name !== 'references') return undefined
      return referencesConstraint(condition, outerHidden)
    default:
      return undefined
  }
}

/** A condition that does not read the document (`^.slug.current == "reviews"`): all documents or none. */
function constant(condition: ExprNode, outerHidden: boolean): IndexConstraint | undefined {
  // Only comparisons of plain values: evaluating them once, even where groq-js would not (`false && C`),
  // can never fail.
  if (condition.type !== 'OpCall' || !COMPARISONS.has(condition.op)) return undefined
  if (!isPlainValue(condition.left) || !isPlainValue(condition.right)) return undefined
  const value = hoistFromCondition(condition, outerHidden)
  if (value === undefined) return undefined
  const expr: ExprNode = {
    type: 'Select',
    alternatives: [
      {
        type: 'SelectAlternative',
        condition: { type: 'OpCall', op: '==', left: value, right: { type: 'Value', value: true } },
        value: { type: 'Value', value: ALL_DOCUMENTS },
      },
    ],
    fallback: { type: 'Value', value: NO_DOCUMENTS },
  }
  return {
    kind: 'index',
    index: 'constant',
    keys: [{ expr, shape: 'one' }],
    node: condition,
    test: { kind: 'constant' },
  }
}

const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>='])

/** Attribute chains, `^`, `@` and literals: reading them never fails. */
function isPlainValue(node: ExprNode): boolean {
  switch (node.type) {
    case 'Value':
    case 'Parent':
    case 'This':
      return true
    case 'AccessAttribute':
      return node.base === undefined || isPlainValue(node.base)
    default:
      return false
  }
}

function comparison(
  node: ExprNode,
  field: ExprNode,
  key: ExprNode,
  shape: KeyShape,
  outerHidden: boolean,
): IndexConstraint | undefined {
  const index = indexedField(field)
  if (index === undefined) return undefined
  const expr = hoistFromCondition(key, outerHidden)
  return expr && { kind: 'index', index, keys: [{ expr, shape }], node, test: { kind: 'equals', field } }
}

/** `K in attr[]._ref`: K must be one of the document's top-level array references. */
function heldIn(
  node: ExprNode,
  field: ExprNode,
  key: ExprNode,
  outerHidden: boolean,
): IndexConstraint | undefined {
  if (field.type !== 'Map' || field.base.type !== 'ArrayCoerce') return undefined
  const array = field.base.base
  const element = field.expr
  if (array.type !== 'AccessAttribute' || !isCurrentDocument(array.base)) return undefined
  if (element.type !== 'AccessAttribute' || element.name !== '_ref' || element.base?.type !== 'This')
    return undefined
  const expr = hoistFromCondition(key, outerHidden)
  return (
    expr && {
      kind: 'index',
      index: 'shallowRef',
      keys: [{ expr, shape: 'one' }],
      node,
      test: { kind: 'heldIn', array },
    }
  )
}

function referencesConstraint(
  node: ExprNode & { readonly args: readonly ExprNode[] },
  outerHidden: boolean,
): IndexConstraint | undefined {
  const keys: KeySource[] = []
  for (const arg of node.args) {
    const expr = hoistFromCondition(arg, outerHidden)
    if (expr === undefined) return undefined
    keys.push({ expr, shape: 'reference' })
  }
  return { kind: 'index', index: 'references', keys, node, test: { kind: 'references' } }
}

/** `_type`, `_id`, `slug.current`, `attr._ref` of the document under test (`@.` optional). */
function indexedField(node: ExprNode): IndexName | undefined {
  if (node.type !== 'AccessAttribute' || !isCurrentDocument(node.base)) {
    if (node.type === 'AccessAttribute' && node.base) {
      const parent = node.base
      const onDocument = parent.type === 'AccessAttribute' && isCurrentDocument(parent.base)
      if (onDocument && node.name === 'current' && parent.name === 'slug') return 'slug'
      if (onDocument && node.name === '_ref') return 'shallowRef'
    }
    return undefined
  }
  if (node.name === '_type') return 'type'
  if (node.name === '_id') return 'id'
  return undefined
}

function isCurrentDocument(base: ExprNode | undefined): boolean {
  return base === undefined || base.type === 'This'
}
