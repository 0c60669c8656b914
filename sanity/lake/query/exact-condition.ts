import type { ExprNode } from 'groq-js'
import { ALL_DOCUMENTS, type LeafTest } from './constraints.ts'
import type { DocumentIndex, LakeDocument } from './document-index.ts'

// A filter condition decided in plain JavaScript, with groq-js's semantics, so the planner can count the
// matches of `*[cond]` or pick a slice of `*[cond] | order(...)` without groq-js visiting every candidate.
// Only a small, total subset compiles: `&&`, `||`, `!`, `==`, `!=`, `in` (array), `defined()`, attribute
// chains on the document and literal values; everything else (functions, `*`, `^` outside an index leaf)
// leaves the condition to groq-js. Nothing in the subset can throw, so skipping groq-js hides no error.
// Index leaves (constraints.ts) read their keys, evaluated once per scan by groq-js itself: a leaf is only
// ever under `&&`/`||` (constraintOf stops at `!`), where "is the leaf true" decides "is the condition true",
// so a leaf answers true or false (false standing for groq-js's false and null alike).

/** groq-js's three-valued logic: null for "neither" (a non-boolean operand). */
type Truth = boolean | null

/** The keys each leaf received for the current scan (by leaf number). */
export interface LeafKeys {
  readonly view: DocumentIndex
  readonly keys: readonly (ReadonlySet<string> | undefined)[]
}

export type ExactCondition = (doc: LakeDocument, leaves: LeafKeys) => Truth

type Getter = (doc: unknown) => unknown

export interface LeafRef {
  readonly leaf: number
  readonly test: LeafTest
}

/** The condition as a function, or undefined when it uses anything outside the subset. */
export function compileCondition(
  node: ExprNode,
  leafOf: (node: ExprNode) => LeafRef | undefined,
): ExactCondition | undefined {
  const leaf = leafOf(node)
  if (leaf) return compileLeaf(leaf)
  switch (node.type) {
    case 'Group':
      return compileCondition(node.base, leafOf)
    case 'And':
    case 'Or': {
      const left = compileCondition(node.left, leafOf)
      const right = compileCondition(node.right, leafOf)
      if (!left || !right) return undefined
      return node.type === 'And'
        ? (doc, keys) => and(left(doc, keys), right(doc, keys))
        : (doc, keys) => or(left(doc, keys), right(doc, keys))
    }
    case 'Not': {
      const base = compileCondition(node.base, leafOf)
      return base && ((doc, keys) => not(base(doc, keys)))
    }
    case 'OpCall':
      return compileOperator(node.op, node.left, node.right)
    case 'FuncCall': {
      const [arg] = node.args
      if (node.namespace !== 'global' || node.name !== 'defined' || node.args.length !== 1 || !arg)
        return undefined
      const value = getter(arg)
      return value && ((doc) => value(doc) != null)
    }
    default: {
      const value = getter(node)
      return value && ((doc) => truthOf(value(doc)))
    }
  }
}

function compileOperator(op: string, leftNode: ExprNode, rightNode: ExprNode): ExactCondition | undefined {
  const left = getter(leftNode)
  const right = getter(rightNode)
  if (!left || !right) return undefined
  switch (op) {
    case '==':
      return (doc) => isEqual(left(doc), right(doc))
    case '!=':
      return (doc) => !isEqual(left(doc), right(doc))
    case 'in':
      return (doc) => {
        const list = right(doc)
        if (!Array.isArray(list)) return null
        const value = left(doc)
        return list.some((item) => isEqual(value, item))
      }
    default:
      return undefined
  }
}

function compileLeaf({ leaf, test }: LeafRef): ExactCondition | undefined {
  const keysOf = (leaves: LeafKeys) => leaves.keys[leaf]
  switch (test.kind) {
    case 'constant':
      return (_doc, leaves) => keysOf(leaves)?.has(ALL_DOCUMENTS) === true
    case 'references':
      return (doc, leaves) => {
        const keys = keysOf(leaves)
        if (keys === undefined) return false
        for (const key of keys) if (leaves.view.isReferencing(doc._id, key)) return true
        return false
      }
    case 'equals': {
      const field = getter(test.field)
      return (
        field &&
        ((doc, leaves) => {
          const value = field(doc)
          return typeof value === 'string' && keysOf(leaves)?.has(value) === true
        })
      )
    }
    case 'heldIn': {
      const array = getter(test.array)
      return (
        array &&
        ((doc, leaves) => {
          const items = array(doc)
          const keys = keysOf(leaves)
          if (!Array.isArray(items) || keys === undefined) return false
          return items.some((item) => {
            const ref = attribute(item, '_ref')
            return typeof ref === 'string' && keys.has(ref)
          })
        })
      )
    }
  }
}

/** A value that reads only the document (or nothing): `@`, `a.b.c`, literals. */
function getter(node: ExprNode): Getter | undefined {
  switch (node.type) {
    case 'This':
      return (doc) => doc
    case 'Group':
      return getter(node.base)
    case 'Value': {
      const value: unknown = node.value
      if (!isLiteral(value)) return undefined
      return () => value
    }
    case 'AccessAttribute': {
      const name = node.name
      if (node.base === undefined) return (doc) => attribute(doc, name)
      const base = getter(node.base)
      return base && ((doc) => attribute(base(doc), name))
    }
    default:
      return undefined
  }
}

/** Plain JSON scalars and arrays of them (what a parameter or literal holds in a condition). */
function isLiteral(value: unknown): boolean {
  if (value === null) return true
  if (Array.isArray(value)) return value.every((item) => item === null || isScalar(item))
  return isScalar(value)
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number'
}

/** groq-js reads own attributes of objects only (not of arrays). */
function attribute(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  return Object.hasOwn(value, name) ? Reflect.get(value, name) : null
}

/** groq-js's `==`: same scalar type and value; null equals null; arrays and objects never equal. */
function isEqual(a: unknown, b: unknown): boolean {
  const left = a ?? null
  const right = b ?? null
  if (left === null || right === null) return left === right
  if (!isScalar(left)) return false
  return typeof left === typeof right && left === right
}

function truthOf(value: unknown): Truth {
  return typeof value === 'boolean' ? value : null
}

function and(left: Truth, right: Truth): Truth {
  if (left === false || right === false) return false
  return left === true && right === true ? true : null
}

function or(left: Truth, right: Truth): Truth {
  if (left === true || right === true) return true
  return left === false && right === false ? false : null
}

function not(value: Truth): Truth {
  return value === null ? null : !value
}
