import { describe, expect, it } from 'vitest'
import { ActionError } from '#sanity/lake/actions/action-error.ts'
import { assertPermitted } from '#sanity/lake/actions/action-permissions.ts'
import { type AppliedActions, applyActions } from '#sanity/lake/actions/apply-actions.ts'
import { parseActions } from '#sanity/lake/actions/parse-actions.ts'
import type { LakeDocument } from '#sanity/lake/query/document-index.ts'

const NOW = '2026-01-02T03:04:05.000Z'
const CREATED = '2020-01-01T00:00:00.000Z'

function run(documents: LakeDocument[], raw: unknown[], autoGenerateArrayKeys = false): AppliedActions {
  const byId = new Map(documents.map((document) => [document._id, document]))
  return applyActions(parseActions(raw), {
    transactionId: 'tx1',
    now: NOW,
    read: (id) => byId.get(id),
    autoGenerateArrayKeys,
  })
}

function errorOf(fn: () => unknown): ActionError {
  try {
    fn()
  } catch (error) {
    if (error instanceof ActionError) return error
    throw error
  }
  throw new Error('expected an ActionError')
}

function documentAfter(applied: AppliedActions, id: string): LakeDocument | undefined {
  return applied.changes.find((change) => change.id === id)?.after
}

const published: LakeDocument = { _id: 'a', _type: 'review', _rev: 'p1', _createdAt: CREATED, title: 'Old' }
const draft: LakeDocument = {
  _id: 'drafts.a',
  _type: 'review',
  _rev: 'd1',
  _createdAt: CREATED,
  title: 'New',
}
const editTitle = (title: string) => ({
  actionType: 'sanity.action.document.edit',
  draftId: 'drafts.a',
  publishedId: 'a',
  patch: { set: { title } },
})
const publish = (extra: Record<string, unknown> = {}) => ({
  actionType: 'sanity.action.document.publish',
  draftId: 'drafts.a',
  publishedId: 'a',
  ...extra,
})

describe('applyActions', () => {
  it('first edit of a published document copies it into the draft, then patches the draft', () => {
    const applied = run([published], [editTitle('Edited')])
    expect(applied.changes.map((change) => change.id)).toEqual(['drafts.a'])
    expect(documentAfter(applied, 'drafts.a')).toEqual({
      _id: 'drafts.a',
      _type: 'review',
      _rev: 'tx1',
      _createdAt: CREATED,
      _updatedAt: NOW,
      title: 'Edited',
    })
  })

  it('the Studio guard patch alone still creates the draft from the published document', () => {
    const applied = run(
      [published],
      [{ ...editTitle('x'), patch: { unset: ['_empty_action_guard_pseudo_field_'] } }],
    )
    expect(documentAfter(applied, 'drafts.a')).toMatchObject({ title: 'Old', _rev: 'tx1' })
  })

  it('edit with neither draft nor published is a 404', () => {
    const error = errorOf(() => run([], [editTitle('x')]))
    expect([error.statusCode, error.item.type]).toEqual([404, 'documentNotFoundError'])
  })

  it('create, edit and publish in one transaction: one net change per document', () => {
    const applied = run(
      [],
      [
        {
          actionType: 'sanity.action.document.create',
          publishedId: 'a',
          attributes: { _type: 'review', title: 'A' },
          ifExists: 'fail',
        },
        editTitle('B'),
        publish(),
      ],
    )
    expect(applied.changes.map((change) => [change.id, change.before, change.after?.title])).toEqual([
      ['a', undefined, 'B'],
    ])
    expect(documentAfter(applied, 'a')).toMatchObject({ _createdAt: NOW, _updatedAt: NOW, _rev: 'tx1' })
  })

  it('publish replaces the published document from the draft, keeps its _createdAt, deletes the draft', () => {
    const newer: LakeDocument = { ...draft, _createdAt: '2024-05-05T00:00:00.000Z' }
    const applied = run(
      [published, newer],
      [publish({ ifPublishedRevisionId: 'p1', ifDraftRevisionId: 'd1' })],
    )
    expect(documentAfter(applied, 'a')).toEqual({
      _id: 'a',
      _type: 'review',
      _rev: 'tx1',
      _createdAt: CREATED,
      _updatedAt: NOW,
      title: 'New',
    })
    const draftChange = applied.changes.find((change) => change.id === 'drafts.a')
    expect(draftChange).toMatchObject({ before: newer, after: undefined })
    expect(applied.mutations).toEqual([
      { createOrReplace: expect.objectContaining({ _id: 'a', title: 'New' }) },
      { delete: { id: 'drafts.a' } },
    ])
  })

  it.each([
    ['published', { ifPublishedRevisionId: 'stale' }, 'a'],
    ['draft', { ifDraftRevisionId: 'stale' }, 'drafts.a'],
  ])('publish with a stale %s revision is a 409', (_which, extra, id) => {
    const error = errorOf(() => run([published, draft], [publish(extra)]))
    expect(error.statusCode).toBe(409)
    expect(error.item).toMatchObject({
      type: 'documentRevisionIDDoesNotMatchError',
      id,
      expectedRevisionID: 'stale',
    })
  })

  it('publish without a draft is a 404, even when the published document exists', () => {
    const error = errorOf(() => run([published], [publish()]))
    expect([error.statusCode, error.item.id]).toEqual([404, 'drafts.a'])
  })

  it('a failing later action reports its own index', () => {
    const error = errorOf(() => run([published], [editTitle('x'), publish(), publish()]))
    expect([error.statusCode, error.index]).toEqual([404, 2])
  })

  it('a bad patch is a 400 for that action, not a crash', () => {
    const error = errorOf(() =>
      run([draft], [editTitle('x'), { ...editTitle('x'), patch: { unset: ['_type'] } }]),
    )
    expect([error.statusCode, error.index, error.item.type]).toEqual([400, 1, 'patchError'])
  })

  it('unpublish deletes the published document and creates the draft from it when there is none', () => {
    const applied = run(
      [published],
      [{ actionType: 'sanity.action.document.unpublish', draftId: 'drafts.a', publishedId: 'a' }],
    )
    expect(documentAfter(applied, 'a')).toBeUndefined()
    expect(documentAfter(applied, 'drafts.a')).toMatchObject({ title: 'Old', _createdAt: CREATED })
    const keep = run(
      [published, draft],
      [{ actionType: 'sanity.action.document.unpublish', draftId: 'drafts.a', publishedId: 'a' }],
    )
    expect(keep.changes.map((change) => change.id)).toEqual(['a'])
  })

  it('discard deletes the draft; discarding a missing draft is a 404', () => {
    const applied = run(
      [published, draft],
      [{ actionType: 'sanity.action.document.discard', draftId: 'drafts.a' }],
    )
    expect(applied.changes).toEqual([{ id: 'drafts.a', before: draft, after: undefined }])
    expect(
      errorOf(() => run([published], [{ actionType: 'sanity.action.document.discard', draftId: 'drafts.a' }]))
        .statusCode,
    ).toBe(404)
  })

  it('delete removes the published document, its draft and the listed versions', () => {
    const version: LakeDocument = { ...draft, _id: 'versions.r.a' }
    const applied = run(
      [published, draft, version],
      [{ actionType: 'sanity.action.document.delete', publishedId: 'a', includeDrafts: ['versions.r.a'] }],
    )
    expect(applied.changes.map((change) => [change.id, change.after])).toEqual([
      ['a', undefined],
      ['drafts.a', undefined],
      ['versions.r.a', undefined],
    ])
    const draftOnly = run([draft], [{ actionType: 'sanity.action.document.delete', publishedId: 'a' }])
    expect(draftOnly.changes.map((change) => change.id)).toEqual(['drafts.a'])
    const nothing = errorOf(() =>
      run([], [{ actionType: 'sanity.action.document.delete', publishedId: 'a' }]),
    )
    expect(nothing.statusCode).toBe(404)
  })

  it('create fails on an existing draft (409) unless ifExists is ignore, and when the document is published', () => {
    const create = (ifExists: string) => ({
      actionType: 'sanity.action.document.create',
      publishedId: 'a',
      attributes: { _type: 'review' },
      ifExists,
    })
    expect(errorOf(() => run([draft], [create('fail')])).statusCode).toBe(409)
    expect(run([draft], [create('ignore')]).changes).toEqual([])
    expect(errorOf(() => run([published], [create('fail')])).item.id).toBe('a')
  })

  it('restore of a deleted document: create then replaceDraft of the same draft in one transaction', () => {
    const restored = { _id: 'drafts.a', _type: 'review', title: 'Restored', _createdAt: CREATED }
    const applied = run(
      [],
      [
        {
          actionType: 'sanity.action.document.create',
          publishedId: 'a',
          attributes: restored,
          ifExists: 'fail',
        },
        { actionType: 'sanity.action.document.replaceDraft', publishedId: 'a', attributes: restored },
      ],
    )
    expect(documentAfter(applied, 'drafts.a')).toMatchObject({ title: 'Restored', _createdAt: CREATED })
    const replace = {
      actionType: 'sanity.action.document.replaceDraft',
      publishedId: 'a',
      attributes: restored,
    }
    expect(errorOf(() => run([], [replace])).statusCode).toBe(404)
  })

  it('version actions: create from a base (revision-checked), replace, unpublish mark, discard', () => {
    const fromBase = {
      actionType: 'sanity.action.document.version.create',
      publishedId: 'a',
      baseId: 'a',
      versionId: 'versions.r.a',
      ifBaseRevisionId: 'p1',
    }
    expect(documentAfter(run([published], [fromBase]), 'versions.r.a')).toMatchObject({
      title: 'Old',
      _rev: 'tx1',
    })
    expect(errorOf(() => run([published], [{ ...fromBase, ifBaseRevisionId: 'x' }])).statusCode).toBe(409)
    const version: LakeDocument = { ...published, _id: 'versions.r.a' }
    expect(errorOf(() => run([published, version], [fromBase])).statusCode).toBe(409)
    const replaced = run(
      [version],
      [
        {
          actionType: 'sanity.action.document.version.replace',
          document: { _id: 'versions.r.a', _type: 'review', title: 'R' },
        },
      ],
    )
    expect(documentAfter(replaced, 'versions.r.a')).toMatchObject({ title: 'R' })
    const marked = run(
      [published, version],
      [
        {
          actionType: 'sanity.action.document.version.unpublish',
          versionId: 'versions.r.a',
          publishedId: 'a',
        },
      ],
    )
    expect(documentAfter(marked, 'versions.r.a')).toMatchObject({ _system: { delete: true } })
    const discarded = run(
      [version],
      [{ actionType: 'sanity.action.document.version.discard', versionId: 'versions.r.a' }],
    )
    expect(discarded.changes).toEqual([{ id: 'versions.r.a', before: version, after: undefined }])
  })

  it('autoGenerateArrayKeys keys the client values only', () => {
    const applied = run([draft], [{ ...editTitle('x'), patch: { set: { tags: [{ name: 'x' }] } } }], true)
    expect(documentAfter(applied, 'drafts.a')?.tags).toEqual([
      { name: 'x', _key: expect.stringMatching(/^[0-9a-f]{12}$/) },
    ])
  })
})

describe('assertPermitted', () => {
  it('lets contributors edit but not publish, unpublish or delete', () => {
    const actions = parseActions([editTitle('x'), publish()])
    expect(() => assertPermitted(actions.slice(0, 1), { mayPublish: false })).not.toThrow()
    const error = errorOf(() => assertPermitted(actions, { mayPublish: false }))
    expect([error.statusCode, error.index, error.item.type]).toEqual([403, 1, 'insufficientPermissionsError'])
    expect(() => assertPermitted(actions, { mayPublish: true })).not.toThrow()
  })
})
