import type { ExprNode } from 'groq-js'
import type { KeySource } from './constraints.ts'
import { leavesOf, type NumberedConstraint } from './plan-leaves.ts'

// The expressions the planner puts into a query for groq-js to evaluate: feeds that send index keys to
// `dereference` as command ids, the narrowed `*` that asks for candidates, and the top-k select.

/** `{"f0": <feed>, ..., "_ref": "\0lake:<command>"}->items` (or `->count`) */
export function narrowedEverything(
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

export function command(id: ExprNode): ExprNode {
  return {
    type: 'Deref',
    base: { type: 'Object', attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: id }] },
  }
}

export function coalesce(first: ExprNode, second: ExprNode): ExprNode {
  return { type: 'FuncCall', namespace: 'global', name: 'coalesce', args: [first, second] }
}

export function text(value: string): ExprNode {
  return { type: 'Value', value }
}

/**
 * `select(count(P1[cond]) >= k => U1[cond], count(P2[cond]) >= k => U2[cond], *[cond])`, where Pn are the
 * first candidates in key order (a whole last tie group) and Un the same plus the candidates without a
 * string key. When Pn holds k matches, every keyed candidate outside it sorts after k matches, so it cannot
 * reach the slice: the order and slice around this give what they give on `*[cond]`. Un is in dataset
 * order, so ties keep their order too.
 */
export function topKSource(
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
