import type { ExprNode } from 'groq-js'
import { mapChildren, type ScopeEffect, UnplannableNode } from './ast-scopes.ts'

// Moves an expression out of a filter condition `*[cond]` so it can be evaluated once, in the scope where
// `*` is evaluated, instead of once per document. That is only possible when the expression does not read
// the document under test; its `^` references are renumbered for the scope it moves to.
//
// The scope chain is modelled statically: in the condition, the document's scope is ITEM; its parent is the
// outer scope S (or S's parent when S is a hidden scope, as groq-js skips hidden scopes when nesting).

interface Frame {
  readonly hidden: boolean
  readonly parent: Frame | undefined
}

const ITEM: Frame = { hidden: false, parent: undefined }

/** Functions that read the current document implicitly (`references(id)` tests `@`). */
const IMPLICIT_THIS = new Set(['global::references', 'sanity::versionOf', 'sanity::partOfRelease'])

/**
 * The expression rewritten to evaluate in the scope of the `*` (whose hiddenness is `outerHidden`), or
 * undefined when it depends on the document under test.
 */
export function hoistFromCondition(expr: ExprNode, outerHidden: boolean): ExprNode | undefined {
  try {
    return hoist(expr, ITEM, outerHidden)
  } catch (error) {
    if (error instanceof ReadsItem || error instanceof UnplannableNode) return undefined
    throw error
  }
}

class ReadsItem extends Error {}

function hoist(node: ExprNode, frame: Frame, outerHidden: boolean): ExprNode {
  switch (node.type) {
    case 'This':
      if (frame === ITEM) throw new ReadsItem()
      return node
    case 'AccessAttribute':
      if (!node.base && frame === ITEM) throw new ReadsItem()
      break
    case 'FuncCall':
      if (frame === ITEM && IMPLICIT_THIS.has(`${node.namespace}::${node.name}`)) throw new ReadsItem()
      break
    case 'Parent':
      return renumberParent(node.n, frame, outerHidden)
  }
  return mapChildren(node, (child, effect) => hoist(child, childFrame(frame, effect), outerHidden))
}

function childFrame(frame: Frame, effect: ScopeEffect): Frame {
  if (effect === 'same') return frame
  const parent = frame.hidden ? frame.parent : frame
  return { hidden: effect === 'hidden', parent }
}

function renumberParent(n: number, frame: Frame, outerHidden: boolean): ExprNode {
  if (frame === ITEM) {
    // From ITEM, ^ is S (or S's parent when S is hidden); from S itself that is @ (or ^).
    const steps = outerHidden ? n : n - 1
    return steps === 0 ? { type: 'This' } : { type: 'Parent', n: steps }
  }
  let current: Frame | undefined = frame
  for (let step = 1; step <= n; step++) {
    current = current?.parent
    if (current === ITEM) {
      if (step === n) throw new ReadsItem()
      // Passes through ITEM, which no longer exists once hoisted: one step fewer.
      return { type: 'Parent', n: n - 1 }
    }
  }
  return { type: 'Parent', n }
}
