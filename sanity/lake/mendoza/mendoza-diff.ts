// Mendoza patches (Sanity's `effects` format) computed as a diff between two JSON values. The `mendoza`
// package only decodes (applyPatch); this encoder emits a subset of its opcodes, chosen so that its decoder,
// which the Studio runs, rebuilds `right` from `left` exactly. Unchanged parts are copied, not repeated.

export type MendozaPatch = unknown[]

// Opcode numbers of the mendoza format (the index into the decoder's operation table).
const VALUE = 0
const BLANK = 2
const PUSH_FIELD_COPY = 10
const PUSH_FIELD_BLANK = 11
const PUSH_ELEMENT_COPY = 12
const PUSH_ELEMENT_BLANK = 13
const RETURN_INTO_OBJECT_SAME_KEY_POP = 15
const RETURN_INTO_ARRAY_POP = 16
const OBJECT_SET_FIELD_VALUE = 17
const OBJECT_DELETE_FIELD = 19
const ARRAY_APPEND_VALUE = 20
const ARRAY_APPEND_SLICE = 21
const STRING_APPEND_STRING = 22
const STRING_APPEND_SLICE = 23

type JsonObject = Record<string, unknown>

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]))
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a)
    if (keys.length !== Object.keys(b).length) return false
    return keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]))
  }
  return false
}

/** A patch that turns `left` into `right` (`null` stands for a missing document). */
export function diffValue(left: unknown, right: unknown): MendozaPatch {
  if (jsonEqual(left, right)) return []
  // The decoder starts with `left` as the output, so object edits apply to it directly.
  if (isObject(left) && isObject(right)) return objectEdits(left, right)
  const nested = blankEdits(left, right)
  return nested ? [BLANK, ...nested] : [VALUE, right]
}

/** Edits of the current output, a copy of `left`. */
function objectEdits(left: JsonObject, right: JsonObject): MendozaPatch {
  const ops: MendozaPatch = []
  // The decoder addresses input fields by their index among the sorted keys.
  const keys = Object.keys(left).sort()
  const indexOf = new Map(keys.map((key, index) => [key, index]))
  keys.forEach((key, index) => {
    if (!Object.hasOwn(right, key)) ops.push(OBJECT_DELETE_FIELD, index)
  })
  for (const key of Object.keys(right)) {
    const value = right[key]
    const index = indexOf.get(key)
    if (index === undefined) {
      ops.push(OBJECT_SET_FIELD_VALUE, value, key)
      continue
    }
    const before = left[key]
    if (jsonEqual(before, value)) continue
    const nested = nestedEdits(before, value, PUSH_FIELD_COPY, PUSH_FIELD_BLANK, index)
    if (nested && isCheaper(nested, value)) ops.push(...nested, RETURN_INTO_OBJECT_SAME_KEY_POP)
    else ops.push(OBJECT_SET_FIELD_VALUE, value, key)
  }
  return ops
}

/**
 * `[push, ...edits]` for a field or element whose old and new values are both objects, arrays or strings;
 * undefined when a plain value is the only way.
 */
function nestedEdits(
  left: unknown,
  right: unknown,
  copyOp: number,
  blankOp: number,
  index: number,
): MendozaPatch | undefined {
  if (isObject(left) && isObject(right)) return [copyOp, index, ...objectEdits(left, right)]
  const edits = blankEdits(left, right)
  return edits ? [blankOp, index, ...edits] : undefined
}

/** Nested edits are worth it only when they are shorter than writing the new value out. */
function isCheaper(nested: MendozaPatch, value: unknown): boolean {
  return JSON.stringify(nested).length < JSON.stringify(value).length
}

/** Edits that build `right` into a blank output (arrays and strings are built by appending). */
function blankEdits(left: unknown, right: unknown): MendozaPatch | undefined {
  // An output nothing was appended to decodes as null, so empty results are written as values.
  if (Array.isArray(left) && Array.isArray(right) && right.length > 0) return arrayEdits(left, right)
  if (typeof left === 'string' && typeof right === 'string' && right.length > 0) {
    return stringEdits(left, right)
  }
  return undefined
}

function keyOf(value: unknown): string | undefined {
  return isObject(value) && typeof value._key === 'string' ? value._key : undefined
}

function arrayEdits(left: unknown[], right: unknown[]): MendozaPatch {
  const byKey = new Map<string, number>()
  left.forEach((item, index) => {
    const key = keyOf(item)
    if (key !== undefined && !byKey.has(key)) byKey.set(key, index)
  })
  const ops: MendozaPatch = []
  let run: { start: number; end: number } | undefined
  const flush = () => {
    if (run) ops.push(ARRAY_APPEND_SLICE, run.start, run.end)
    run = undefined
  }
  right.forEach((item, position) => {
    const key = keyOf(item)
    // Keyed items are followed by key (reordering keeps them); the rest continue a run or keep their position.
    const source = key !== undefined ? byKey.get(key) : run && run.end < left.length ? run.end : position
    if (source !== undefined && source < left.length && jsonEqual(left[source], item)) {
      if (run && run.end === source) run.end++
      else {
        flush()
        run = { start: source, end: source + 1 }
      }
      return
    }
    flush()
    const nested =
      source !== undefined && source < left.length
        ? nestedEdits(left[source], item, PUSH_ELEMENT_COPY, PUSH_ELEMENT_BLANK, source)
        : undefined
    if (nested && isCheaper(nested, item)) ops.push(...nested, RETURN_INTO_ARRAY_POP)
    else ops.push(ARRAY_APPEND_VALUE, item)
  })
  flush()
  return ops
}

function utf8Size(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** Length (in UTF-16 units) of the common prefix, never splitting a surrogate pair. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length)
  let length = 0
  while (length < max && a.charCodeAt(length) === b.charCodeAt(length)) length++
  if (length > 0 && isHighSurrogate(a.charCodeAt(length - 1))) length--
  return length
}

function commonSuffix(a: string, b: string, max: number): number {
  let length = 0
  while (length < max && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++
  if (length > 0 && isLowSurrogate(a.charCodeAt(a.length - length))) length--
  return length
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

function stringEdits(left: string, right: string): MendozaPatch {
  const prefix = commonPrefix(left, right)
  let suffix = commonSuffix(left, right, Math.min(left.length, right.length) - prefix)
  const suffixStart = left.length - suffix
  // mendoza-js resolves a slice's end from its start as if the text before the start were ASCII. A suffix
  // slice still decodes right (its end is clamped to the string's end), but not relying on that costs little:
  // after a non-ASCII head the suffix is written out.
  if (suffix > 0 && utf8Size(left.slice(0, suffixStart)) !== suffixStart) suffix = 0
  const ops: MendozaPatch = []
  if (prefix > 0) ops.push(STRING_APPEND_SLICE, 0, utf8Size(left.slice(0, prefix)))
  const middle = right.slice(prefix, right.length - suffix)
  if (middle !== '') ops.push(STRING_APPEND_STRING, middle)
  if (suffix > 0) ops.push(STRING_APPEND_SLICE, utf8Size(left.slice(0, suffixStart)), utf8Size(left))
  return ops
}
