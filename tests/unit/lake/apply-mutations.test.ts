import { describe, expect, it } from 'vitest'
import { type ApplyContext, applyMutations } from '#sanity/lake/mutations/apply-mutations.ts'
import { MutationError } from '#sanity/lake/mutations/mutation-error.ts'
import { parseMutations } from '#sanity/lake/mutations/parse-mutations.ts'
import type { LakeDocument } from '#sanity/lake/query/document-index.ts'

const NOW = '2026-01-02T03:04:05.000Z'

function context(documents: LakeDocument[], findIds: ApplyContext['findIds'] = () => []): ApplyContext {
  const byId = new Map(documents.map((document) => [document._id, document]))
  return { transactionId: 'tx1', now: NOW, read: (id) => byId.get(id), findIds }
}

function errorOf(fn: () => unknown): MutationError {
  try {
    fn()
  } catch (error) {
    if (error instanceof MutationError) return error
    throw error
  }
  throw new Error('expected a MutationError')
}

const existing: LakeDocument = { _id: 'a', _type: 't', _rev: 'r0', _createdAt: '2020-01-01T00:00:00Z', n: 1 }

describe('applyMutations', () => {
  it('sees earlier mutations of the same transaction and reports the net change once', () => {
    const applied = applyMutations(
      parseMutations([
        { create: { _id: 'b', _type: 't', n: 1 } },
        { patch: { id: 'b', inc: { n: 1 } } },
        { patch: { id: 'b', inc: { n: 1 } } },
      ]),
      context([]),
    )
    expect(applied.results.map((result) => result.operation)).toEqual(['create', 'update', 'update'])
    expect(applied.changes).toHaveLength(1)
    expect(applied.changes[0]).toMatchObject({
      id: 'b',
      before: undefined,
      after: { n: 3, _rev: 'tx1', _updatedAt: NOW },
    })
  })

  it('drops a document created and deleted in one transaction from the changes', () => {
    const applied = applyMutations(
      parseMutations([{ create: { _id: 'tmp', _type: 't' } }, { delete: { id: 'tmp' } }]),
      context([]),
    )
    expect(applied.changes).toEqual([])
  })

  it('keeps _createdAt on replace and never lets a patch change _id or _rev', () => {
    const replaced = applyMutations(
      parseMutations([{ createOrReplace: { _id: 'a', _type: 't' } }]),
      context([existing]),
    )
    expect(replaced.changes[0]?.after?._createdAt).toBe('2020-01-01T00:00:00Z')
    const patched = applyMutations(
      parseMutations([{ patch: { id: 'a', set: { _id: 'b', _rev: 'x', title: 'T' } } }]),
      context([existing]),
    )
    expect(patched.changes[0]?.after).toMatchObject({ _id: 'a', _rev: 'tx1', title: 'T' })
  })

  it('checks ifRevisionID against the current revision', () => {
    const error = errorOf(() =>
      applyMutations(
        parseMutations([{ patch: { id: 'a', ifRevisionID: 'old', set: { n: 2 } } }]),
        context([existing]),
      ),
    )
    expect(error.statusCode).toBe(409)
    expect(error.item).toMatchObject({ currentRevisionID: 'r0', expectedRevisionID: 'old' })
    const ok = applyMutations(
      parseMutations([{ patch: { id: 'a', ifRevisionID: 'r0', set: { n: 2 } } }]),
      context([existing]),
    )
    expect(ok.results[0]?.operation).toBe('update')
  })

  it('selects by query through findIds and skips ids deleted earlier in the transaction', () => {
    const documents: LakeDocument[] = [existing, { _id: 'b', _type: 't' }]
    const applied = applyMutations(
      parseMutations([{ delete: { id: 'b' } }, { patch: { query: '*', set: { seen: true } } }]),
      context(documents, () => ['a', 'b']),
    )
    expect(applied.results).toMatchObject([
      { id: 'b', operation: 'delete' },
      { id: 'a', operation: 'update' },
    ])
  })

  it('logs the mutations with generated ids filled in', () => {
    const applied = applyMutations(parseMutations([{ create: { _id: 'drafts.', _type: 't' } }]), context([]))
    const id = applied.results[0]?.id ?? ''
    expect(id).toMatch(/^drafts\.[A-Za-z0-9]{22}$/)
    expect(applied.mutations).toEqual([{ create: { _id: id, _type: 't' } }])
  })
})
