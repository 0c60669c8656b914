import { describe, expect, it } from 'vitest'
import { ActionError } from '#sanity/lake/actions/action-error.ts'
import { parseActions } from '#sanity/lake/actions/parse-actions.ts'

function errorOf(raw: unknown): ActionError {
  try {
    parseActions(raw)
  } catch (error) {
    if (error instanceof ActionError) return error
    throw error
  }
  throw new Error('expected an ActionError')
}

const edit = {
  actionType: 'sanity.action.document.edit',
  draftId: 'drafts.post-1',
  publishedId: 'post-1',
  patch: { unset: ['_empty_action_guard_pseudo_field_'] },
}

describe('parseActions', () => {
  it('parses the Studio edit, with the patch aimed at the draft', () => {
    const [action] = parseActions([edit])
    expect(action).toEqual({
      type: 'edit',
      draftId: 'drafts.post-1',
      publishedId: 'post-1',
      patch: {
        kind: 'patch',
        selection: { kind: 'id', id: 'drafts.post-1' },
        ifRevisionID: undefined,
        operations: { unset: ['_empty_action_guard_pseudo_field_'] },
      },
    })
  })

  it('gives a create without attributes._id the draft id, and keeps an explicit version id', () => {
    const [draft, version] = parseActions([
      {
        actionType: 'sanity.action.document.create',
        publishedId: 'a',
        attributes: { _type: 't' },
        ifExists: 'fail',
      },
      {
        actionType: 'sanity.action.document.create',
        publishedId: 'a',
        attributes: { _id: 'versions.spring.a', _type: 't' },
        ifExists: 'ignore',
      },
    ])
    expect(draft).toMatchObject({
      type: 'create',
      document: { _id: 'drafts.a', _type: 't' },
      ifExists: 'fail',
    })
    expect(version).toMatchObject({
      type: 'create',
      document: { _id: 'versions.spring.a' },
      ifExists: 'ignore',
    })
  })

  it('accepts a version id as the target of edit and publish (release documents)', () => {
    const actions = parseActions([
      { ...edit, draftId: 'versions.spring.post-1' },
      {
        actionType: 'sanity.action.document.publish',
        draftId: 'versions.spring.post-1',
        publishedId: 'post-1',
      },
    ])
    expect(actions.map((action) => action.type)).toEqual(['edit', 'publish'])
  })

  it.each([
    ['not an array', { actions: [] }, 0, /actions/],
    ['empty', [], 0, /No actions/],
    ['not an object', [edit, 'x'], 1, /must be an object/],
    [
      'unknown type',
      [{ ...edit, actionType: 'sanity.action.document.explode' }],
      0,
      /Unknown or unsupported/,
    ],
    ['release actions', [{ actionType: 'sanity.action.release.publish', releaseId: 'r' }], 0, /unsupported/],
    ['missing draftId', [{ ...edit, draftId: undefined }], 0, /draftId/],
    ['draftId of another document', [{ ...edit, draftId: 'drafts.post-2' }], 0, /drafts\.post-1/],
    ['draftId that is the published id', [{ ...edit, draftId: 'post-1' }], 0, /draftId/],
    [
      'publishedId that is a draft',
      [{ ...edit, publishedId: 'drafts.post-1', draftId: 'drafts.drafts.post-1' }],
      0,
      /publishedId/,
    ],
    ['invalid id characters', [{ ...edit, publishedId: 'a b', draftId: 'drafts.a b' }], 0, /publishedId/],
    ['bad patch operation', [{ ...edit, patch: { explode: {} } }], 0, /Unknown patch operation/],
    ['bad patch value', [{ ...edit, patch: { inc: { n: 'x' } } }], 0, /number/],
    ['patch by query', [{ ...edit, patch: { query: '*', set: { a: 1 } } }], 0, /query/],
    [
      'create without _type',
      [{ actionType: 'sanity.action.document.create', publishedId: 'a', attributes: {} }],
      0,
      /_type/,
    ],
    [
      'create of another id',
      [
        {
          actionType: 'sanity.action.document.create',
          publishedId: 'a',
          attributes: { _id: 'b', _type: 't' },
        },
      ],
      0,
      /attributes\._id/,
    ],
    [
      'bad ifExists',
      [
        {
          actionType: 'sanity.action.document.create',
          publishedId: 'a',
          attributes: { _type: 't' },
          ifExists: 'x',
        },
      ],
      0,
      /ifExists/,
    ],
    [
      'unpublish of a version',
      [{ actionType: 'sanity.action.document.unpublish', draftId: 'versions.r.a', publishedId: 'a' }],
      0,
      /drafts\.a/,
    ],
    [
      'discard of a published id',
      [{ actionType: 'sanity.action.document.discard', draftId: 'a' }],
      0,
      /draftId/,
    ],
    [
      'delete including a foreign draft',
      [{ actionType: 'sanity.action.document.delete', publishedId: 'a', includeDrafts: ['drafts.b'] }],
      0,
      /includeDrafts/,
    ],
    [
      'version.create without document or base',
      [{ actionType: 'sanity.action.document.version.create', publishedId: 'a' }],
      0,
      /baseId/,
    ],
  ])('rejects %s with a 400 naming the action', (_name, raw, index, message) => {
    const error = errorOf(raw)
    expect(error.statusCode).toBe(400)
    expect(error.index).toBe(index)
    expect(error.item.description).toMatch(message)
    expect(error.toBody().error.type).toBe('actionError')
  })
})
