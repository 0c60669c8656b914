import type { ExprNode } from 'groq-js'
import type { LakeDocument } from './document-index.ts'

// What a text index can hold for each document: the strings a `match` reads from it. Recognised from the
// left side of `<lhs> match <pattern>`; anything else is not indexed (the planner then leaves the scan alone).

/** Strings read from the document itself. */
export type OwnText =
  /** `headline`, `a.b`: a string, or the strings of an array. */
  | { readonly kind: 'path'; readonly path: readonly string[] }
  /** `pt::text(body)`: the blocks' span texts as groq-js joins them. */
  | { readonly kind: 'portableText'; readonly path: readonly string[] }
  /** Every string of the document but bookkeeping (`_rev`, `_key`, `_ref`, `_weak`): `text::query`. */
  | { readonly kind: 'document' }

/** Where a `match` reads its text: the document, or a document it references (`film->title`, `films[]->title`). */
export type TextSource =
  | { readonly kind: 'own'; readonly text: OwnText }
  | {
      readonly kind: 'referenced'
      readonly refPath: readonly string[]
      readonly many: boolean
      readonly text: OwnText
    }

export function textKey(text: OwnText): string {
  return text.kind === 'document' ? 'document' : `${text.kind}:${JSON.stringify(text.path)}`
}

/** `a.b.c` read on the current document (`@.a` allowed), as names; undefined for anything else. */
function attributePath(node: ExprNode): string[] | undefined {
  if (node.type !== 'AccessAttribute') return undefined
  if (node.name === '__proto__') return undefined
  if (node.base === undefined || node.base.type === 'This') return [node.name]
  const parent = attributePath(node.base)
  return parent && [...parent, node.name]
}

function ownText(node: ExprNode): OwnText | undefined {
  if (node.type === 'FuncCall' && node.namespace === 'pt' && node.name === 'text' && node.args.length === 1) {
    const [argument] = node.args
    const path = argument && attributePath(argument)
    return path && { kind: 'portableText', path }
  }
  const path = attributePath(node)
  return path && { kind: 'path', path }
}

/** The text source of a `match`'s left side, or undefined when it is not one the index answers for. */
export function textSourceOf(node: ExprNode): TextSource | undefined {
  const own = ownText(node)
  if (own) return { kind: 'own', text: own }
  // `ref->a.b`: the attribute chain read on the dereferenced document.
  const referenced = derefChain(node)
  if (referenced)
    return { kind: 'referenced', refPath: referenced.refPath, many: false, text: referenced.text }
  // `refs[]->a`: Map over `refs[]` of `@->a`.
  if (node.type === 'Map' && node.base.type === 'ArrayCoerce') {
    const refPath = attributePath(node.base.base)
    const inner = derefChain(node.expr, true)
    if (refPath && inner) return { kind: 'referenced', refPath, many: true, text: inner.text }
  }
  return undefined
}

function derefChain(node: ExprNode, onThis = false): { refPath: string[]; text: OwnText } | undefined {
  const names: string[] = []
  let current = node
  while (current.type === 'AccessAttribute' && current.base?.type === 'AccessAttribute') {
    if (current.name === '__proto__') return undefined
    names.unshift(current.name)
    current = current.base
  }
  if (current.type !== 'AccessAttribute' || current.base?.type !== 'Deref') return undefined
  names.push(current.name)
  const target = current.base.base
  if (onThis) return target.type === 'This' ? { refPath: [], text: { kind: 'path', path: names } } : undefined
  const refPath = attributePath(target)
  return refPath && { refPath, text: { kind: 'path', path: names } }
}

/** The value at `path` as groq-js reads it: attributes of objects only (own properties of stored JSON). */
export function valueAt(doc: unknown, path: readonly string[]): unknown {
  let value = doc
  for (const name of path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, name)) {
      return undefined
    }
    value = Reflect.get(value, name)
  }
  return value
}

/** The strings `match` tokenizes for this source on `doc` (an upper bound when groq-js would fail them). */
export function textsOf(doc: LakeDocument, text: OwnText): string[] {
  if (text.kind === 'document') {
    const into: string[] = []
    collectStrings(doc, into)
    return into
  }
  const value = valueAt(doc, text.path)
  if (text.kind === 'portableText') {
    const joined = portableText(value)
    return joined === undefined ? [] : [joined]
  }
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string')
  return []
}

/** Keys whose strings are bookkeeping, not content: a search for "abc" should not hit a revision id. */
const SKIPPED_KEYS = new Set(['_rev', '_key', '_ref', '_weak'])

/** Every string of a value, depth first, skipping bookkeeping keys. */
export function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value)
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into)
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) if (!SKIPPED_KEYS.has(key)) collectStrings(item, into)
  }
}

// pt::text as groq-js 2 defines it: a block's span texts concatenated, blocks joined by a blank line,
// nested arrays flattened; a single block object gives its own text.
function portableText(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const texts: string[] = []
    collectBlockTexts(value, texts)
    return texts.length > 0 ? texts.join('\n\n') : undefined
  }
  if (typeof value === 'object' && value !== null) return blockText(value)
  return undefined
}

function collectBlockTexts(blocks: readonly unknown[], into: string[]): void {
  for (const block of blocks) {
    if (Array.isArray(block)) collectBlockTexts(block, into)
    else if (typeof block === 'object' && block !== null) {
      const text = blockText(block)
      if (text !== undefined) into.push(text)
    }
  }
}

function blockText(block: object): string | undefined {
  if (typeof Reflect.get(block, '_type') !== 'string') return undefined
  const children: unknown = Reflect.get(block, 'children')
  if (!Array.isArray(children)) return undefined
  let text = ''
  for (const child of children) {
    if (typeof child !== 'object' || child === null) continue
    const span: unknown = Reflect.get(child, 'text')
    if (Reflect.get(child, '_type') === 'span' && typeof span === 'string') text += span
  }
  return text
}
