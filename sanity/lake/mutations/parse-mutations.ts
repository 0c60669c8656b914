// Turns the untrusted `mutations` array of a request into typed mutations, or a 400 MutationError.
import { isValidDocumentId } from '../store/names.ts'
import { invalidMutation } from './mutation-error.ts'

export type JsonObject = Record<string, unknown>

export type Selection = { kind: 'id'; id: string } | { kind: 'query'; query: string; params: JsonObject }

export interface PatchOperations {
  set?: JsonObject
  setIfMissing?: JsonObject
  unset?: string[]
  inc?: Record<string, number>
  dec?: Record<string, number>
  insert?: InsertOperation
  diffMatchPatch?: Record<string, string>
}

/** Same shape as @sanity/types' InsertPatch, which @sanity/mutator applies. */
export type InsertOperation =
  | { before: string; items: unknown[] }
  | { after: string; items: unknown[] }
  | { replace: string; items: unknown[] }

export type ParsedMutation =
  | { kind: 'create' | 'createOrReplace' | 'createIfNotExists'; document: JsonObject & { _type: string } }
  | { kind: 'delete'; selection: Selection }
  | { kind: 'patch'; selection: Selection; ifRevisionID?: string; operations: PatchOperations }

const CREATE_KINDS = ['create', 'createOrReplace', 'createIfNotExists'] as const
const PATCH_KEYS = new Set([
  'id',
  'query',
  'params',
  'ifRevisionID',
  'set',
  'setIfMissing',
  'unset',
  'inc',
  'dec',
  'insert',
  'diffMatchPatch',
])

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Validates the shape only; existence and revision checks happen when the mutations are applied. */
export function parseMutations(raw: unknown): ParsedMutation[] {
  if (!Array.isArray(raw)) throw invalidMutation(0, 'The request body must have a `mutations` array')
  if (raw.length === 0) throw invalidMutation(0, 'The `mutations` array is empty')
  return raw.map((mutation, index) => parseMutation(mutation, index))
}

function parseMutation(raw: unknown, index: number): ParsedMutation {
  if (!isJsonObject(raw)) throw invalidMutation(index, 'A mutation must be an object')
  const keys = Object.keys(raw)
  const [kind] = keys
  if (keys.length !== 1 || kind === undefined) {
    throw invalidMutation(index, `A mutation must have exactly one operation, got ${JSON.stringify(keys)}`)
  }
  const body = raw[kind]
  for (const createKind of CREATE_KINDS) {
    if (kind === createKind) return { kind, document: parseDocument(body, index, kind) }
  }
  if (kind === 'delete') return { kind, selection: parseSelection(body, index, kind) }
  if (kind === 'patch') return parsePatch(body, index)
  throw invalidMutation(index, `Unknown mutation type "${kind}"`)
}

function parseDocument(raw: unknown, index: number, kind: string): JsonObject & { _type: string } {
  if (!isJsonObject(raw)) throw invalidMutation(index, `\`${kind}\` must be a document object`)
  const { _id, _type } = raw
  if (typeof _type !== 'string' || _type === '') {
    throw invalidMutation(index, `\`${kind}\` document is missing a \`_type\``)
  }
  if (_id === undefined) {
    if (kind !== 'create') throw invalidMutation(index, `\`${kind}\` document is missing an \`_id\``)
  } else if (typeof _id !== 'string' || !isValidIdOrPrefix(_id)) {
    throw invalidMutation(index, `Invalid document ID ${JSON.stringify(_id)}`)
  }
  return { ...raw, _type }
}

/** `drafts.` (a trailing dot) asks the server to generate the rest of the id. */
function isValidIdOrPrefix(id: string): boolean {
  return id.endsWith('.') ? isValidDocumentId(id.slice(0, -1)) : isValidDocumentId(id)
}

function parseSelection(raw: unknown, index: number, kind: string): Selection {
  if (!isJsonObject(raw))
    throw invalidMutation(index, `\`${kind}\` must be an object with \`id\` or \`query\``)
  const { id, query, params } = raw
  if (id !== undefined) {
    if (typeof id !== 'string' || !isValidDocumentId(id)) {
      throw invalidMutation(index, `Invalid document ID ${JSON.stringify(id)}`)
    }
    return { kind: 'id', id }
  }
  if (typeof query === 'string' && query.trim() !== '') {
    if (params !== undefined && !isJsonObject(params))
      throw invalidMutation(index, '`params` must be an object')
    return { kind: 'query', query, params: params ?? {} }
  }
  throw invalidMutation(index, `\`${kind}\` must have an \`id\` or a \`query\``)
}

function parsePatch(raw: unknown, index: number): ParsedMutation {
  const selection = parseSelection(raw, index, 'patch')
  if (!isJsonObject(raw)) throw invalidMutation(index, '`patch` must be an object')
  for (const key of Object.keys(raw)) {
    if (!PATCH_KEYS.has(key)) throw invalidMutation(index, `Unknown patch operation "${key}"`)
  }
  const { ifRevisionID, set, setIfMissing, unset, inc, dec, insert, diffMatchPatch } = raw
  if (ifRevisionID !== undefined && typeof ifRevisionID !== 'string') {
    throw invalidMutation(index, '`ifRevisionID` must be a string')
  }
  const operations: PatchOperations = {}
  if (set !== undefined) operations.set = pathMap(set, index, 'set')
  if (setIfMissing !== undefined) operations.setIfMissing = pathMap(setIfMissing, index, 'setIfMissing')
  if (unset !== undefined) {
    if (!Array.isArray(unset) || !unset.every((path) => typeof path === 'string' && path !== '')) {
      throw invalidMutation(index, '`unset` must be an array of paths')
    }
    operations.unset = unset
  }
  if (inc !== undefined) operations.inc = numberMap(inc, index, 'inc')
  if (dec !== undefined) operations.dec = numberMap(dec, index, 'dec')
  if (diffMatchPatch !== undefined) operations.diffMatchPatch = stringMap(diffMatchPatch, index)
  if (insert !== undefined) operations.insert = parseInsert(insert, index)
  return { kind: 'patch', selection, ifRevisionID, operations }
}

function pathMap(raw: unknown, index: number, operation: string): JsonObject {
  if (!isJsonObject(raw)) throw invalidMutation(index, `\`${operation}\` must be an object of path: value`)
  return raw
}

function numberMap(raw: unknown, index: number, operation: string): Record<string, number> {
  const map = pathMap(raw, index, operation)
  const numbers: Record<string, number> = {}
  for (const [path, value] of Object.entries(map)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw invalidMutation(index, `\`${operation}\` needs a number for "${path}"`)
    }
    numbers[path] = value
  }
  return numbers
}

function stringMap(raw: unknown, index: number): Record<string, string> {
  const map = pathMap(raw, index, 'diffMatchPatch')
  const strings: Record<string, string> = {}
  for (const [path, value] of Object.entries(map)) {
    if (typeof value !== 'string')
      throw invalidMutation(index, `\`diffMatchPatch\` needs a patch string for "${path}"`)
    strings[path] = value
  }
  return strings
}

function parseInsert(raw: unknown, index: number): InsertOperation {
  if (!isJsonObject(raw)) throw invalidMutation(index, '`insert` must be an object')
  const { before, after, replace, items } = raw
  if (!Array.isArray(items)) throw invalidMutation(index, '`insert` needs an `items` array')
  const positions = [before, after, replace].filter((position) => position !== undefined)
  if (positions.length === 1) {
    if (typeof before === 'string') return { before, items }
    if (typeof after === 'string') return { after, items }
    if (typeof replace === 'string') return { replace, items }
  }
  throw invalidMutation(index, '`insert` needs exactly one of `before`, `after` or `replace` (a path)')
}
