import type { ExprNode } from 'groq-js'
import { hoistFromCondition } from './hoist.ts'

/** The secondary index a constraint is answered from. */
export type IndexName = 'type' | 'id' | 'slug' | 'references'

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

export interface IndexConstraint {
  readonly kind: 'index'
  readonly index: IndexName
  readonly keys: readonly KeySource[]
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
          comparison(condition.left, condition.right, 'one', outerHidden) ??
          comparison(condition.right, condition.left, 'one', outerHidden)
        )
      }
      if (condition.op === 'in') return comparison(condition.left, condition.right, 'many', outerHidden)
      return undefined
    case 'FuncCall':
      if (condition.namespace !== 'global' || condition.name !== 'references') return undefined
      return referencesConstraint(condition.args, outerHidden)
    default:
      return undefined
  }
}

function comparison(
  field: ExprNode,
  key: ExprNode,
  shape: KeyShape,
  outerHidden: boolean,
): IndexConstraint | undefined {
  const index = indexedField(field)
  if (index === undefined) return undefined
  const expr = hoistFromCondition(key, outerHidden)
  return expr && { kind: 'index', index, keys: [{ expr, shape }] }
}

function referencesConstraint(args: readonly ExprNode[], outerHidden: boolean): IndexConstraint | undefined {
  const keys: KeySource[] = []
  for (const arg of args) {
    const expr = hoistFromCondition(arg, outerHidden)
    if (expr === undefined) return undefined
    keys.push({ expr, shape: 'reference' })
  }
  return { kind: 'index', index: 'references', keys }
}

/** `_type`, `_id`, `slug.current` of the document under test (`@.` optional). */
function indexedField(node: ExprNode): IndexName | undefined {
  if (node.type !== 'AccessAttribute' || !isCurrentDocument(node.base)) {
    if (node.type === 'AccessAttribute' && node.name === 'current' && node.base) {
      const slug = node.base
      if (slug.type === 'AccessAttribute' && slug.name === 'slug' && isCurrentDocument(slug.base))
        return 'slug'
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
