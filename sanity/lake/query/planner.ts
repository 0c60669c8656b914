import type { DereferenceFunction, ExprNode } from 'groq-js'
import type { DocumentIndex } from './document-index.ts'

export interface QueryPlan {
  tree: ExprNode
  dereference: DereferenceFunction
}

export function planQuery(tree: ExprNode, view: DocumentIndex): QueryPlan {
  return { tree, dereference: ({ _ref }) => view.get(_ref) }
}
