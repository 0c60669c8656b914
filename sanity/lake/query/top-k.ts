import type { ExprNode, FilterNode, PipeFuncCallNode } from 'groq-js'
import type { KeyTransform } from './sorted-keys.ts'

// `*[cond] | order(attr ...)[a...b]` (or `[i]`): only the first b matches in `attr` order can be in the
// result. Recognised here; planner.ts hands groq-js a short prefix of the candidates in that order.

export interface TopKShape {
  /** The `*[cond]` under the order. */
  readonly filter: FilterNode
  readonly order: PipeFuncCallNode
  /** How many of the ordered matches the slice can reach. */
  readonly k: number
  /** Where the slice starts: the matches before it are ordered but not returned. */
  readonly start: number
  /** The first order key: a plain attribute of the document, or `lower()` of one. */
  readonly attribute: string
  readonly transform: KeyTransform
  readonly descending: boolean
  /** Whether the order has more keys after the first (which break its ties). */
  readonly tieBreakers: boolean
  /** Rebuilds the sliced node around a replacement for `order`. */
  readonly rebuild: (order: ExprNode) => ExprNode
  /** The same, slicing `[0...k - start]` instead: for an `order` over just the matches the slice returns. */
  readonly rebuildWindow: (order: ExprNode) => ExprNode
}

export function topKShape(node: ExprNode): TopKShape | undefined {
  if (node.type === 'Slice') {
    if (node.left < 0 || node.right < 0) return undefined
    const k = node.isInclusive ? node.right + 1 : node.right
    const window = { ...node, left: 0, right: Math.max(0, k - node.left), isInclusive: false }
    return orderedFilter(
      node.base,
      k,
      node.left,
      (base) => ({ ...node, base }),
      (base) => ({ ...window, base }),
    )
  }
  if (node.type === 'AccessElement') {
    if (node.index < 0) return undefined
    return orderedFilter(
      node.base,
      node.index + 1,
      node.index,
      (base) => ({ ...node, base }),
      (base) => ({ ...node, index: 0, base }),
    )
  }
  return undefined
}

type Wrap = (base: ExprNode) => ExprNode

function orderedFilter(
  base: ExprNode,
  k: number,
  start: number,
  wrap: Wrap,
  wrapWindow: Wrap,
): TopKShape | undefined {
  if (base.type === 'Group') {
    return orderedFilter(
      base.base,
      k,
      start,
      (inner) => wrap({ ...base, base: inner }),
      (inner) => wrapWindow({ ...base, base: inner }),
    )
  }
  if (base.type !== 'PipeFuncCall' || base.name !== 'order') return undefined
  const filter = base.base
  if (filter.type !== 'Filter' || filter.base.type !== 'Everything') return undefined
  const first = base.args[0]
  if (first === undefined || !Number.isInteger(k) || k < 1) return undefined
  const descending = first.type === 'Desc'
  const ordered = first.type === 'Desc' || first.type === 'Asc' ? first.base : first
  const lowered = loweredArgument(ordered)
  const key = lowered ?? ordered
  if (key.type !== 'AccessAttribute' || (key.base !== undefined && key.base.type !== 'This')) return undefined
  // Inherited names would not be own properties of a stored document.
  if (key.name === '__proto__') return undefined
  return {
    filter,
    order: base,
    k,
    start,
    attribute: key.name,
    transform: lowered ? 'lower' : 'none',
    descending,
    tieBreakers: base.args.length > 1,
    rebuild: wrap,
    rebuildWindow: wrapWindow,
  }
}

/** `x` of `lower(x)` (global or `string::lower`). */
function loweredArgument(node: ExprNode): ExprNode | undefined {
  if (node.type !== 'FuncCall' || node.name !== 'lower' || node.args.length !== 1) return undefined
  if (node.namespace !== 'global' && node.namespace !== 'string') return undefined
  return node.args[0]
}
