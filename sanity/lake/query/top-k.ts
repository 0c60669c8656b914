import type { ExprNode, FilterNode, PipeFuncCallNode } from 'groq-js'

// `*[cond] | order(attr ...)[a...b]` (or `[i]`): only the first b matches in `attr` order can be in the
// result. Recognised here; planner.ts hands groq-js a short prefix of the candidates in that order.

export interface TopKShape {
  /** The `*[cond]` under the order. */
  readonly filter: FilterNode
  readonly order: PipeFuncCallNode
  /** How many of the ordered matches the slice can reach. */
  readonly k: number
  /** The first order key: a plain attribute of the document. */
  readonly attribute: string
  readonly descending: boolean
  /** Rebuilds the sliced node around a replacement for `order`. */
  readonly rebuild: (order: ExprNode) => ExprNode
}

export function topKShape(node: ExprNode): TopKShape | undefined {
  if (node.type === 'Slice') {
    if (node.left < 0 || node.right < 0) return undefined
    const k = node.isInclusive ? node.right + 1 : node.right
    return orderedFilter(node.base, k, (base) => ({ ...node, base }))
  }
  if (node.type === 'AccessElement') {
    if (node.index < 0) return undefined
    return orderedFilter(node.base, node.index + 1, (base) => ({ ...node, base }))
  }
  return undefined
}

function orderedFilter(base: ExprNode, k: number, wrap: (base: ExprNode) => ExprNode): TopKShape | undefined {
  if (base.type === 'Group') return orderedFilter(base.base, k, (inner) => wrap({ ...base, base: inner }))
  if (base.type !== 'PipeFuncCall' || base.name !== 'order') return undefined
  const filter = base.base
  if (filter.type !== 'Filter' || filter.base.type !== 'Everything') return undefined
  const first = base.args[0]
  if (first === undefined || !Number.isInteger(k) || k < 1) return undefined
  const descending = first.type === 'Desc'
  const key = first.type === 'Desc' || first.type === 'Asc' ? first.base : first
  if (key.type !== 'AccessAttribute' || (key.base !== undefined && key.base.type !== 'This')) return undefined
  // Inherited names would not be own properties of a stored document.
  if (key.name === '__proto__') return undefined
  return { filter, order: base, k, attribute: key.name, descending, rebuild: wrap }
}
