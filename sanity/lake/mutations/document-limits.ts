// Sanity's published per-document limits, checked on every document a transaction writes, before it is
// serialized (so a patch that would copy a big value a thousand times stops at 32 MB, not at 3 GB). Every
// walk here is iterative: a document nested thousands of levels deep is refused, not a stack overflow.
import { MutationError } from './mutation-error.ts'

export interface DocumentLimits {
  /** Serialized JSON size in bytes. Sanity: 32 MB (SI). */
  maxBytes: number
  /** Attribute (object key) nesting, arrays not counted. Sanity: 20 levels. */
  maxDepth: number
  /** Unique attribute path + datatype pairs in one document. Sanity: 1,000 on free and growth plans. */
  maxAttributes: number
  /** Any nesting, arrays included (arrays of arrays have no attribute names to count). */
  maxNesting: number
}

export const DOCUMENT_LIMITS: DocumentLimits = {
  maxBytes: 32_000_000,
  maxDepth: 20,
  maxAttributes: 1000,
  maxNesting: 64,
}

/** Nesting allowed in a whole mutate request body, checked before any recursive code sees it. */
export const MAX_REQUEST_NESTING = 96

interface Frame {
  value: object
  /** Attribute path with array indices collapsed (`body[].children[].text`). */
  path: string
  /** Attribute (object key) levels above the value's own attributes. */
  depth: number
  nesting: number
}

/** One bit per datatype, so the datatypes seen at a path fit in a number. */
const TYPE_BITS = { null: 1, boolean: 2, integer: 4, float: 8, string: 16, object: 32, array: 64, other: 128 }

/**
 * One pass over a document: bytes, depth, nesting and distinct attributes, stopping at the first limit
 * broken. Scalars are measured in place; paths are interned so no string is built per value.
 */
class LimitWalk {
  bytes = 0
  attributes = 0
  readonly #typesAtPath = new Map<string, number>()
  readonly #childPaths = new Map<string, Map<string, string>>()
  readonly #limits: DocumentLimits

  constructor(limits: DocumentLimits) {
    this.#limits = limits
  }

  run(document: unknown): string | undefined {
    if (typeof document !== 'object' || document === null) return undefined
    const stack: Frame[] = [{ value: document, path: '', depth: 0, nesting: 0 }]
    for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
      const violation = Array.isArray(frame.value)
        ? this.#array(frame.value, frame, stack)
        : this.#object(frame.value, frame, stack)
      if (violation !== undefined) return violation
      if (this.bytes > this.#limits.maxBytes)
        return `it is larger than ${this.#limits.maxBytes} bytes as JSON`
    }
    return undefined
  }

  #array(items: readonly unknown[], frame: Frame, stack: Frame[]): string | undefined {
    this.bytes += 2 + Math.max(0, items.length - 1)
    const path = this.#childPath(frame.path, '[]')
    for (const item of items) {
      const violation = this.#value(item, path, frame.depth, frame.nesting, stack)
      if (violation !== undefined) return violation
    }
    return undefined
  }

  #object(value: object, frame: Frame, stack: Frame[]): string | undefined {
    this.bytes += 2
    let first = true
    const depth = frame.depth + 1
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue
      this.bytes += stringBytes(key) + (first ? 1 : 2)
      first = false
      const path = this.#childPath(frame.path, key)
      if (depth > this.#limits.maxDepth) {
        return `attributes are nested deeper than ${this.#limits.maxDepth} levels (at ${path})`
      }
      const violation = this.#value(child, path, depth, frame.nesting, stack)
      if (violation !== undefined) return violation
    }
    return undefined
  }

  #value(value: unknown, path: string, depth: number, nesting: number, stack: Frame[]): string | undefined {
    const seen = this.#typesAtPath.get(path) ?? 0
    const bit = typeBit(value)
    if ((seen & bit) === 0) {
      this.#typesAtPath.set(path, seen | bit)
      this.attributes++
      if (this.attributes > this.#limits.maxAttributes) {
        return `it has more than ${this.#limits.maxAttributes} distinct attributes (path and datatype pairs)`
      }
    }
    if (typeof value === 'object' && value !== null) {
      if (nesting + 1 > this.#limits.maxNesting) {
        return `nesting is deeper than ${this.#limits.maxNesting} levels (at ${path})`
      }
      stack.push({ value, path, depth, nesting: nesting + 1 })
    } else {
      this.bytes += scalarBytes(value)
      // Checked per value: one big string shared by a thousand items must stop at the limit, not after.
      if (this.bytes > this.#limits.maxBytes) return this.#tooLarge()
    }
    return undefined
  }

  #tooLarge(): string {
    return `it is larger than ${this.#limits.maxBytes} bytes as JSON`
  }

  #childPath(parent: string, key: string): string {
    let children = this.#childPaths.get(parent)
    if (!children) {
      children = new Map()
      this.#childPaths.set(parent, children)
    }
    let path = children.get(key)
    if (path === undefined) {
      path = key === '[]' ? `${parent}[]` : parent === '' ? key : `${parent}.${key}`
      children.set(key, path)
    }
    return path
  }
}

/** The first limit the document breaks, described for the client, or undefined. Stops at the first one. */
export function documentLimitViolation(
  document: unknown,
  limits: DocumentLimits = DOCUMENT_LIMITS,
): string | undefined {
  return new LimitWalk(limits).run(document)
}

/**
 * Bytes of documents one transaction may write, summed over its mutations: each patch of a big document
 * copies, measures and serializes all of it, so thousands of patches to one large document in a single
 * request would hold the lake for minutes. 256 MB is eight 32 MB documents, or 36 patches of a 7 MB one.
 */
export const MAX_TRANSACTION_BYTES = 256_000_000

/**
 * Checks each document a transaction writes: the limits above per document, and the total written by
 * the transaction so far. Throws a 400 naming the mutation at fault.
 */
export class TransactionLimits {
  #written = 0
  readonly #limits: DocumentLimits
  readonly #maxTransactionBytes: number

  constructor(limits: DocumentLimits = DOCUMENT_LIMITS, maxTransactionBytes = MAX_TRANSACTION_BYTES) {
    this.#limits = limits
    this.#maxTransactionBytes = maxTransactionBytes
  }

  check(document: { _id: string }, index: number): void {
    const walk = new LimitWalk(this.#limits)
    const violation = walk.run(document)
    if (violation !== undefined) {
      throw new MutationError(400, index, {
        type: 'validationError',
        id: document._id,
        description: `Document "${document._id}" exceeds the lake's limits: ${violation}`,
      })
    }
    this.#written += walk.bytes
    if (this.#written > this.#maxTransactionBytes) {
      throw new MutationError(400, index, {
        type: 'validationError',
        id: document._id,
        description: `The transaction writes more than ${this.#maxTransactionBytes} bytes of documents in all; split it into smaller transactions`,
      })
    }
  }
}

/** Throws a 400 when a request body nests deeper than `limit` (before parsing or key generation recurse). */
export function assertRequestNesting(value: unknown, limit = MAX_REQUEST_NESTING): void {
  const stack: { value: unknown; nesting: number }[] = [{ value, nesting: 0 }]
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    if (frame.nesting > limit) {
      throw new MutationError(400, 0, {
        type: 'validationError',
        description: `The request nests JSON deeper than ${limit} levels`,
      })
    }
    if (typeof frame.value !== 'object' || frame.value === null) continue
    const children = Array.isArray(frame.value) ? frame.value : Object.values(frame.value)
    for (const child of children) stack.push({ value: child, nesting: frame.nesting + 1 })
  }
}

function typeBit(value: unknown): number {
  if (value === null) return TYPE_BITS.null
  if (Array.isArray(value)) return TYPE_BITS.array
  switch (typeof value) {
    case 'number':
      return Number.isInteger(value) ? TYPE_BITS.integer : TYPE_BITS.float
    case 'string':
      return TYPE_BITS.string
    case 'boolean':
      return TYPE_BITS.boolean
    case 'object':
      return TYPE_BITS.object
    default:
      return TYPE_BITS.other
  }
}

/** Characters JSON escapes: only strings holding them pay for an exact count. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/

function stringBytes(text: string): number {
  return NEEDS_ESCAPE.test(text) ? Buffer.byteLength(JSON.stringify(text)) : Buffer.byteLength(text) + 2
}

/** Digits of a safe integer without building its string (most numbers in documents are small integers). */
function numberBytes(value: number): number {
  if (!Number.isFinite(value)) return 4
  if (!Number.isSafeInteger(value)) return String(value).length
  const sign = value < 0 ? 1 : 0
  let digits = 1
  for (let rest = Math.abs(value); rest >= 10; rest = Math.floor(rest / 10)) digits++
  return sign + digits
}

function scalarBytes(value: unknown): number {
  if (typeof value === 'string') return stringBytes(value)
  if (typeof value === 'number') return numberBytes(value)
  if (typeof value === 'boolean') return value ? 4 : 5
  return 4
}
