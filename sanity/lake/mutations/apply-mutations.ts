// The pure heart of a transaction: applies parsed mutations to a view of the committed documents.
// Nothing is written here; the caller commits the returned changes (or throws them away on error),
// which is what makes a transaction all or nothing.
import { Mutation } from '@sanity/mutator'
import type { LakeDocument } from '../query/document-index.ts'
import { isLakeDocument } from '../store/lake-store.ts'
import type { DocumentChange } from '../store/transaction-record.ts'
import { TransactionLimits } from './document-limits.ts'
import { MutationError } from './mutation-error.ts'
import type { JsonObject, ParsedMutation, PatchOperations, Selection } from './parse-mutations.ts'
import { assertPatchPathsWithinArrays } from './patch-path-limits.ts'
import { randomId } from './random-id.ts'

export type MutationOperation = 'create' | 'update' | 'delete' | 'none'

export interface MutationResult {
  id: string
  operation: MutationOperation
  /** The document after this mutation (before it, for a delete). */
  document?: LakeDocument
}

export interface ApplyContext {
  transactionId: string
  /** ISO timestamp stamped as `_updatedAt` (and `_createdAt` of new documents that bring none). */
  now: string
  read(id: string): LakeDocument | undefined
  /** Ids of the documents a query selects (evaluated on the committed state, raw perspective). */
  findIds(query: string, params: JsonObject): string[]
}

export interface AppliedTransaction {
  results: MutationResult[]
  changes: DocumentChange[]
  /** The mutations with generated ids filled in, for the transaction log. */
  mutations: unknown[]
}

/** Fields only the lake writes; a patch cannot change them. */
const SYSTEM_FIELDS = ['_id', '_rev'] as const

export function applyMutations(
  mutations: readonly ParsedMutation[],
  context: ApplyContext,
): AppliedTransaction {
  const working = new Map<string, LakeDocument | null>()
  const before = new Map<string, LakeDocument | undefined>()
  const get = (id: string): LakeDocument | undefined => {
    const staged = working.get(id)
    return staged === null ? undefined : (staged ?? context.read(id))
  }
  const stage = (id: string, document: LakeDocument | null): void => {
    if (!before.has(id)) before.set(id, context.read(id))
    working.set(id, document)
  }

  const limits = new TransactionLimits()
  const results: MutationResult[] = []
  const logged: unknown[] = []
  mutations.forEach((mutation, index) => {
    switch (mutation.kind) {
      case 'create':
      case 'createOrReplace':
      case 'createIfNotExists': {
        const id = resolveId(mutation.document._id)
        const existing = get(id)
        logged.push({ [mutation.kind]: { ...mutation.document, _id: id } })
        if (existing && mutation.kind === 'create') {
          throw new MutationError(409, index, {
            type: 'documentAlreadyExistsError',
            id,
            description: `Document by ID "${id}" already exists`,
          })
        }
        if (existing && mutation.kind === 'createIfNotExists') {
          results.push({ id, operation: 'none', document: existing })
          return
        }
        const document = stamp({ ...mutation.document, _id: id }, context, existing?._createdAt)
        limits.check(document, index)
        stage(id, document)
        results.push({ id, operation: existing ? 'update' : 'create', document })
        return
      }
      case 'delete': {
        logged.push({ delete: selectionForLog(mutation.selection) })
        for (const id of selectIds(mutation.selection, context)) {
          const existing = get(id)
          if (!existing) {
            results.push({ id, operation: 'none' })
            continue
          }
          stage(id, null)
          results.push({ id, operation: 'delete', document: existing })
        }
        return
      }
      case 'patch': {
        logged.push({ patch: { ...selectionForLog(mutation.selection), ...mutation.operations } })
        const byQuery = mutation.selection.kind === 'query'
        for (const id of selectIds(mutation.selection, context)) {
          const existing = get(id)
          if (!existing) {
            // A query may select a document an earlier mutation of this transaction deleted: skip it.
            if (byQuery) continue
            throw new MutationError(404, index, {
              type: 'documentNotFoundError',
              id,
              description: `Document by ID "${id}" not found; a patch needs an existing document`,
            })
          }
          if (mutation.ifRevisionID !== undefined && mutation.ifRevisionID !== existing._rev) {
            throw new MutationError(409, index, {
              type: 'documentRevisionIDDoesNotMatchError',
              id,
              currentRevisionID: existing._rev ?? null,
              expectedRevisionID: mutation.ifRevisionID,
              description: `Document "${id}" has unexpected revision ID ("${existing._rev ?? ''}"), expected "${mutation.ifRevisionID}"`,
            })
          }
          assertPatchPathsWithinArrays(existing, mutation.operations, index)
          const patched = patchDocument(existing, mutation.operations, index)
          limits.check(patched, index)
          if (sameContent(existing, patched)) {
            results.push({ id, operation: 'none', document: existing })
            continue
          }
          const document = stamp(patched, context, existing._createdAt)
          stage(id, document)
          results.push({ id, operation: 'update', document })
        }
        return
      }
    }
  })

  const changes: DocumentChange[] = []
  for (const [id, original] of before) {
    const after = working.get(id) ?? undefined
    if (original !== after) changes.push({ id, before: original, after })
  }
  return { results, changes, mutations: logged }
}

function resolveId(id: unknown): string {
  if (typeof id !== 'string' || id === '') return randomId()
  return id.endsWith('.') ? `${id}${randomId()}` : id
}

function selectIds(selection: Selection, context: ApplyContext): string[] {
  return selection.kind === 'id' ? [selection.id] : context.findIds(selection.query, selection.params)
}

function selectionForLog(selection: Selection): JsonObject {
  return selection.kind === 'id' ? { id: selection.id } : { query: selection.query, params: selection.params }
}

/** Revision = transaction id, as in Sanity; a client-supplied `_createdAt` is kept (imports rely on it). */
function stamp(
  document: JsonObject & { _id: string; _type: string },
  context: ApplyContext,
  previousCreatedAt?: unknown,
): LakeDocument {
  const createdAt = isIsoTime(document._createdAt)
    ? document._createdAt
    : isIsoTime(previousCreatedAt)
      ? previousCreatedAt
      : context.now
  return { ...document, _createdAt: createdAt, _updatedAt: context.now, _rev: context.transactionId }
}

function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value))
}

function patchDocument(
  document: LakeDocument,
  operations: PatchOperations,
  index: number,
): LakeDocument & { _type: string } {
  let result: unknown
  try {
    result = new Mutation({ mutations: [{ patch: { ...operations, id: document._id } }] }).apply(document)
  } catch (error) {
    throw new MutationError(400, index, {
      type: 'patchError',
      id: document._id,
      description: `Invalid patch for document "${document._id}": ${error instanceof Error ? error.message : String(error)}`,
    })
  }
  if (!isLakeDocument(result)) {
    throw new MutationError(400, index, {
      type: 'patchError',
      id: document._id,
      description: `Patch would leave document "${document._id}" without a string \`_type\``,
    })
  }
  const restored: LakeDocument = { ...result }
  for (const field of SYSTEM_FIELDS) {
    if (document[field] === undefined) delete restored[field]
    else restored[field] = document[field]
  }
  return { ...restored, _id: document._id, _type: result._type }
}

function sameContent(left: LakeDocument, right: LakeDocument): boolean {
  return JSON.stringify(left) === JSON.stringify(right)
}
