// Sanity's published per-document limits, checked on every document a transaction writes, and the guards
// that keep a small request from making a huge document (a patch path like `arr[10000000]` or a range set
// that copies an array once per index). Every walk here is iterative: a document nested thousands of levels
// deep is refused, not a stack overflow.
import { MutationError } from './mutation-error.ts'
import type { PatchOperations } from './parse-mutations.ts'

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

/**
 * Array items a patch path may make @sanity/mutator visit, weighed by the array's length: it copies the
 * array once per index of a range (`arr[0:5000]` on 5,000 items is 25M copies). About 50 ms of work.
 */
export const MAX_PATCH_ARRAY_WORK = 20_000_000

interface Frame {
  value: unknown
  /** Attribute path with array indices collapsed (`body[].children[].text`). */
  path: string
  depth: number
  nesting: number
}

/** The first limit the document breaks, described for the client, or undefined. Stops at the first one. */
export function documentLimitViolation(
  document: unknown,
  limits: DocumentLimits = DOCUMENT_LIMITS,
): string | undefined {
  const attributes = new Set<string>()
  let bytes = 0
  const stack: Frame[] = [{ value: document, path: '', depth: 0, nesting: 0 }]
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { value, path, depth, nesting } = frame
    if (nesting > limits.maxNesting) {
      return `nesting is deeper than ${limits.maxNesting} levels (at ${path || 'the root'})`
    }
    if (depth > limits.maxDepth) {
      return `attributes are nested deeper than ${limits.maxDepth} levels (at ${path})`
    }
    if (path !== '') {
      attributes.add(`${path} ${datatype(value)}`)
      if (attributes.size > limits.maxAttributes) {
        return `it has more than ${limits.maxAttributes} distinct attributes (path and datatype pairs)`
      }
    }
    if (Array.isArray(value)) {
      bytes += 2 + Math.max(0, value.length - 1)
      const itemPath = `${path}[]`
      for (const item of value) stack.push({ value: item, path: itemPath, depth, nesting: nesting + 1 })
    } else if (typeof value === 'object' && value !== null) {
      bytes += 2
      let first = true
      for (const [key, child] of Object.entries(value)) {
        if (child === undefined) continue
        bytes += jsonBytes(key) + (first ? 1 : 2)
        first = false
        const childPath = path === '' ? key : `${path}.${key}`
        stack.push({ value: child, path: childPath, depth: depth + 1, nesting: nesting + 1 })
      }
    } else {
      bytes += scalarBytes(value)
    }
    if (bytes > limits.maxBytes) return `it is larger than ${limits.maxBytes} bytes as JSON`
  }
  return undefined
}

/** Throws a 400 for the mutation at `index` when the document breaks a limit. */
export function assertDocumentLimits(
  document: { _id: string },
  index: number,
  limits: DocumentLimits = DOCUMENT_LIMITS,
): void {
  const violation = documentLimitViolation(document, limits)
  if (violation === undefined) return
  throw new MutationError(400, index, {
    type: 'validationError',
    id: document._id,
    description: `Document "${document._id}" exceeds the lake's limits: ${violation}`,
  })
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

/**
 * Refuses patch paths whose array indices reach past every array in the document, or whose ranges would
 * make the mutator copy arrays too often. Checked on the current document, before anything is allocated.
 */
export function assertPatchPathsWithinArrays(
  document: { _id: string },
  operations: PatchOperations,
  index: number,
): void {
  const paths = patchPaths(operations)
  const selectors = paths.flatMap((path) => numericSelectors(path).map((selector) => ({ path, selector })))
  if (selectors.length === 0) return
  const longest = longestArray(document)
  for (const { path, selector } of selectors) {
    const outside = selector.bounds.find((bound) => Math.abs(bound) > longest)
    const fail = (reason: string): never => {
      throw new MutationError(400, index, {
        type: 'patchError',
        id: document._id,
        description: `Invalid patch path "${path}" for document "${document._id}": ${reason}`,
      })
    }
    if (outside !== undefined) {
      fail(`index ${outside} is past the end of the array (the longest array has ${longest} items)`)
    }
    if (selector.kind === 'range') {
      const [start = 0, end = longest] = selector.bounds
      const span = Math.max(0, relative(end, longest) - relative(start, longest))
      if (span * Math.max(longest, 1) > MAX_PATCH_ARRAY_WORK) {
        fail(`the range selects too many items at once (${span} of ${longest})`)
      }
    }
  }
}

function relative(bound: number, length: number): number {
  return bound < 0 ? Math.max(0, length + bound) : bound
}

function patchPaths(operations: PatchOperations): string[] {
  const paths = [
    ...Object.keys(operations.set ?? {}),
    ...Object.keys(operations.setIfMissing ?? {}),
    ...(operations.unset ?? []),
    ...Object.keys(operations.inc ?? {}),
    ...Object.keys(operations.dec ?? {}),
    ...Object.keys(operations.diffMatchPatch ?? {}),
  ]
  const insert = operations.insert
  if (insert) {
    if ('before' in insert) paths.push(insert.before)
    else if ('after' in insert) paths.push(insert.after)
    else paths.push(insert.replace)
  }
  return paths
}

interface NumericSelector {
  kind: 'index' | 'range'
  /** An index: its value. A range: start and end as written (absent ones left out, in order). */
  bounds: number[]
}

const INDEX = /^\s*(-?\d+)\s*$/
const RANGE = /^\s*(-?\d+)?\s*:\s*(-?\d+)?\s*(?::\s*-?\d+\s*)?$/

/** Index and range selectors inside `[...]` (unions split on commas; constraints and names are skipped). */
export function numericSelectors(path: string): NumericSelector[] {
  const selectors: NumericSelector[] = []
  for (const content of bracketContents(path)) {
    for (const part of splitTopLevel(content)) {
      const index = INDEX.exec(part)
      if (index) {
        selectors.push({ kind: 'index', bounds: [Number(index[1])] })
        continue
      }
      const range = RANGE.exec(part)
      if (range) {
        const start = range[1] === undefined ? 0 : Number(range[1])
        const bounds = range[2] === undefined ? [start] : [start, Number(range[2])]
        selectors.push({ kind: 'range', bounds })
      }
    }
  }
  return selectors
}

function bracketContents(path: string): string[] {
  const contents: string[] = []
  let depth = 0
  let start = 0
  let quote: string | undefined
  for (let i = 0; i < path.length; i++) {
    const char = path[i]
    if (quote !== undefined) {
      if (char === '\\') i++
      else if (char === quote) quote = undefined
    } else if (char === '"' || char === "'") {
      quote = char
    } else if (char === '[') {
      if (depth === 0) start = i + 1
      depth++
    } else if (char === ']' && depth > 0) {
      depth--
      if (depth === 0) contents.push(path.slice(start, i))
    }
  }
  return contents
}

function splitTopLevel(content: string): string[] {
  if (/["'[]/.test(content)) return [content]
  return content.split(',')
}

/** Length of the longest array anywhere in the value. */
export function longestArray(value: unknown): number {
  let longest = 0
  const stack: unknown[] = [value]
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (Array.isArray(current)) {
      longest = Math.max(longest, current.length)
      for (const item of current) if (typeof item === 'object' && item !== null) stack.push(item)
    } else if (typeof current === 'object' && current !== null) {
      for (const child of Object.values(current)) {
        if (typeof child === 'object' && child !== null) stack.push(child)
      }
    }
  }
  return longest
}

function datatype(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'float'
  return typeof value
}

function jsonBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text))
}

function scalarBytes(value: unknown): number {
  if (typeof value === 'string') return jsonBytes(value)
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).length : 4
  if (typeof value === 'boolean') return value ? 4 : 5
  return 4
}
