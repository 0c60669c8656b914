import type { ExprNode, ObjectAttributeNode } from 'groq-js'

/**
 * How groq-js evaluates a child expression relative to its parent node:
 * - same: in the parent's scope;
 * - nested: in `scope.createNested(item)` (filter conditions, projections, order/score arguments);
 * - hidden: in `scope.createHidden(item)` (the right side of `[]` traversals: Map and FlatMap).
 * A nested scope made from a hidden one skips it as parent, which is why `^` needs this distinction.
 */
export type ScopeEffect = 'same' | 'nested' | 'hidden'

/** A node whose scoping the planner does not model (delta-mode selectors, tuples): leave the query as is. */
export class UnplannableNode extends Error {}

type Visit = (child: ExprNode, effect: ScopeEffect) => ExprNode

const SCOPED_PIPE_FUNCTIONS = new Set(['order', 'score'])

/** A copy of `node` with every child expression replaced by `visit(child, effect)`. */
export function mapChildren(node: ExprNode, visit: Visit): ExprNode {
  switch (node.type) {
    case 'Everything':
    case 'This':
    case 'Parent':
    case 'Parameter':
    case 'Value':
    case 'Context':
      return node
    case 'AccessAttribute':
      return node.base ? { ...node, base: visit(node.base, 'same') } : node
    case 'AccessElement':
    case 'Slice':
    case 'ArrayCoerce':
    case 'Deref':
    case 'Group':
    case 'Neg':
    case 'Not':
    case 'Pos':
    case 'Asc':
    case 'Desc':
      return { ...node, base: visit(node.base, 'same') }
    case 'And':
    case 'Or':
    case 'OpCall':
      return { ...node, left: visit(node.left, 'same'), right: visit(node.right, 'same') }
    case 'InRange':
      return {
        ...node,
        base: visit(node.base, 'same'),
        left: visit(node.left, 'same'),
        right: visit(node.right, 'same'),
      }
    case 'Filter':
    case 'Projection':
      return { ...node, base: visit(node.base, 'same'), expr: visit(node.expr, 'nested') }
    case 'Map':
    case 'FlatMap':
      return { ...node, base: visit(node.base, 'same'), expr: visit(node.expr, 'hidden') }
    case 'PipeFuncCall':
      if (!SCOPED_PIPE_FUNCTIONS.has(node.name)) throw new UnplannableNode(`pipe function ${node.name}`)
      return { ...node, base: visit(node.base, 'same'), args: node.args.map((arg) => visit(arg, 'nested')) }
    case 'FuncCall':
      // diff:: functions evaluate selectors in scopes of their own.
      if (node.namespace === 'diff') throw new UnplannableNode('diff function')
      return { ...node, args: node.args.map((arg) => visit(arg, 'same')) }
    case 'Array':
      return {
        ...node,
        elements: node.elements.map((element) => ({ ...element, value: visit(element.value, 'same') })),
      }
    case 'Object':
      return { ...node, attributes: node.attributes.map((attribute) => mapAttribute(attribute, visit)) }
    case 'Select':
      return {
        ...node,
        alternatives: node.alternatives.map((alternative) => ({
          ...alternative,
          condition: visit(alternative.condition, 'same'),
          value: visit(alternative.value, 'same'),
        })),
        ...(node.fallback ? { fallback: visit(node.fallback, 'same') } : {}),
      }
    default:
      throw new UnplannableNode(node.type)
  }
}

function mapAttribute(attribute: ObjectAttributeNode, visit: Visit): ObjectAttributeNode {
  switch (attribute.type) {
    case 'ObjectAttributeValue':
    case 'ObjectSplat':
      return { ...attribute, value: visit(attribute.value, 'same') }
    case 'ObjectConditionalSplat':
      return {
        ...attribute,
        condition: visit(attribute.condition, 'same'),
        value: visit(attribute.value, 'same'),
      }
  }
}
