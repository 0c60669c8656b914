// `text::query()`: groq-js parses it but cannot evaluate it, and the Studio's document lists use it
// (`[@, _id] match text::query($__query)`, perspective drafts). Before planning, each
// `<lhs> match text::query("<search>")` is rewritten into GROQ that groq-js does evaluate:
// - searching a whole document (`@` in the lhs, in the filter or score of a `*` scan): the documents of
//   the view whose strings match are found here, and the node becomes `_id in [those ids]`;
// - searching fields (`title match text::query(...)`): plain `match` terms, `!match` for `-negated` ones;
// - an empty or `*` search matches everything (the Studio sends `*` for an unfiltered list).
// Phrase words must be adjacent when searching documents; against fields they are only all required.
import type { ExprNode, OpCallNode } from 'groq-js'
import type { DocumentIndex, LakeDocument } from './document-index.ts'
import { textIndex } from './text-index.ts'
import { compileSearch, parseSearch, tokenize } from './text-search.ts'
import { collectStrings } from './text-sources.ts'

/** Rewrites `text::query` matches in `tree` (in place: it is the fresh tree parseQuery built) and returns it. */
export function rewriteTextQueries(tree: ExprNode, view: DocumentIndex): ExprNode {
  if (!mentionsTextQuery(tree)) return tree
  return visit(tree, false, view)
}

function isNode(value: unknown): value is ExprNode {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string'
}

function isTextQueryCall(node: ExprNode): boolean {
  return node.type === 'FuncCall' && node.namespace === 'text' && node.name === 'query'
}

function mentionsTextQuery(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(mentionsTextQuery)
  if (!isNode(node) || node.type === 'Value') return false
  if (isTextQueryCall(node)) return true
  return Object.values(node).some(
    (child) => (Array.isArray(child) || isNode(child)) && mentionsTextQuery(child),
  )
}

/** Nodes whose children are evaluated with the same `@` as the node itself. */
const SAME_SCOPE = new Set([
  'And',
  'Or',
  'Not',
  'Group',
  'OpCall',
  'FuncCall',
  'Array',
  'ArrayElement',
  'Neg',
  'Pos',
  'Select',
  'SelectAlternative',
  'InRange',
  'AccessAttribute',
  'Tuple',
])

/** True when `node` yields documents of the view (so `@` in a filter over it is such a document). */
function isDocumentStream(node: ExprNode): boolean {
  switch (node.type) {
    case 'Everything':
      return true
    case 'Filter':
    case 'Slice':
    case 'Group':
      return isDocumentStream(node.base)
    case 'PipeFuncCall':
      return (node.name === 'order' || node.name === 'score') && isDocumentStream(node.base)
    default:
      return false
  }
}

function visit(node: ExprNode, documentScope: boolean, view: DocumentIndex): ExprNode {
  if (node.type === 'Value') return node
  if (node.type === 'OpCall' && node.op === 'match' && isTextQueryCall(node.right)) {
    return rewriteMatch(node, documentScope, view)
  }
  if (node.type === 'Filter') {
    node.base = visit(node.base, documentScope, view)
    node.expr = visit(node.expr, isDocumentStream(node.base), view)
    return node
  }
  if (node.type === 'PipeFuncCall') {
    node.base = visit(node.base, documentScope, view)
    const argumentScope = isDocumentStream(node.base)
    node.args = node.args.map((argument) => visit(argument, argumentScope, view))
    return node
  }
  const childScope = documentScope && SAME_SCOPE.has(node.type)
  for (const [key, child] of Object.entries(node)) {
    if (isNode(child)) Reflect.set(node, key, visit(child, childScope, view))
    else if (Array.isArray(child)) {
      Reflect.set(
        node,
        key,
        child.map((item: unknown) => (isNode(item) ? visit(item, childScope, view) : item)),
      )
    }
  }
  return node
}

function searchString(call: ExprNode): string | undefined {
  if (call.type !== 'FuncCall' || call.args.length !== 1) return undefined
  const argument = call.args[0]
  return argument?.type === 'Value' && typeof argument.value === 'string' ? argument.value : undefined
}

function searchesDocument(lhs: ExprNode): boolean {
  if (lhs.type === 'This') return true
  return lhs.type === 'Array' && lhs.elements.some((element) => element.value.type === 'This')
}

function rewriteMatch(node: OpCallNode, documentScope: boolean, view: DocumentIndex): ExprNode {
  const search = searchString(node.right)
  // Not a constant string: left for groq-js, which reports text::query as unsupported (a 400).
  if (search === undefined) return node
  const left = visit(node.left, documentScope, view)
  if (documentScope && searchesDocument(left)) return matchingDocuments(search, view)
  return fieldMatch(left, search)
}

function matchingDocuments(search: string, view: DocumentIndex): ExprNode {
  const compiled = compileSearch(search)
  if (compiled.empty) return { type: 'Value', value: true }
  const ids = indexedCandidates(view, compiled.required)
    .filter((document) => compiled.matches(documentTokens(document)))
    .map((document) => document._id)
  return {
    type: 'OpCall',
    op: 'in',
    left: { type: 'AccessAttribute', name: '_id' },
    right: { type: 'Value', value: ids },
  }
}

function fieldMatch(left: ExprNode, search: string): ExprNode {
  const terms = parseSearch(search)
  const clauses: ExprNode[] = terms.map((term) => {
    const match: ExprNode = { type: 'OpCall', op: 'match', left, right: { type: 'Value', value: term.words } }
    return term.negated ? { type: 'Not', base: match } : match
  })
  const [first, ...rest] = clauses
  if (!first) return { type: 'Value', value: true }
  return rest.reduce<ExprNode>((all, clause) => ({ type: 'And', left: all, right: clause }), first)
}

/**
 * Documents holding a token for every required term, from the view's whole-document text index (the
 * one `text::query` and scored scans share); every document when no term is required (only negations).
 */
function indexedCandidates(view: DocumentIndex, required: readonly RegExp[]): readonly LakeDocument[] {
  if (required.length === 0) return view.all()
  const index = textIndex(view, { kind: 'document' })
  let found: Set<number> | undefined
  for (const pattern of required) {
    const slots = index.slotsMatching(pattern)
    found = found === undefined ? slots : new Set([...found].filter((slot) => slots.has(slot)))
    if (found.size === 0) return []
  }
  const documents: LakeDocument[] = []
  for (const slot of found ?? []) {
    const document = index.documentAt(slot)
    if (document) documents.push(document)
  }
  return documents
}

// Documents are immutable once indexed (the index replaces, never edits), so their tokens can be kept.
const tokenCache = new WeakMap<object, string[][]>()

function documentTokens(document: LakeDocument): string[][] {
  let tokens = tokenCache.get(document)
  if (!tokens) {
    tokens = []
    collectTokens(document, tokens)
    tokenCache.set(document, tokens)
  }
  return tokens
}

function collectTokens(value: unknown, into: string[][]): void {
  const strings: string[] = []
  collectStrings(value, strings)
  for (const text of strings) into.push(tokenize(text))
}
