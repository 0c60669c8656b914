// Release actions as pure functions: parsing (times to UTC, refused shapes) and planning a publish
// against a given state (all mutations, or a conflict and none).
import { describe, expect, it } from 'vitest'
import { ActionError } from '#sanity/lake/actions/action-error.ts'
import type { LakeDocument } from '#sanity/lake/query/document-index.ts'
import { DocumentIndex } from '#sanity/lake/query/document-index.ts'
import { ReleaseConflictError } from '#sanity/lake/releases/publish-release.ts'
import { parseReleaseAction } from '#sanity/lake/releases/release-actions.ts'
import { planReleaseOperation } from '#sanity/lake/releases/release-plans.ts'

const parse = (verb: string, fields: Record<string, unknown>) =>
  parseReleaseAction(
    { actionType: `sanity.action.release.${verb}`, ...fields },
    `sanity.action.release.${verb}`,
    0,
  )

describe('parseReleaseAction', () => {
  it('stores times as UTC instants and defaults the release type', () => {
    expect(
      parse('create', { releaseId: 'r1', metadata: { intendedPublishAt: '2030-10-27T01:30:00+01:00' } }),
    ).toEqual({
      verb: 'create',
      name: 'r1',
      metadata: { releaseType: 'undecided', intendedPublishAt: '2030-10-27T00:30:00.000Z' },
    })
    expect(parse('schedule', { releaseId: 'r1', publishAt: '2030-04-01T00:01:00+01:00' })).toEqual({
      verb: 'schedule',
      name: 'r1',
      publishAt: '2030-03-31T23:01:00.000Z',
    })
  })

  it('refuses zone-less times, reserved names, edits outside metadata and unknown verbs with a 400', () => {
    const attempts = [
      () => parse('schedule', { releaseId: 'r1', publishAt: '2030-04-01T00:01:00' }),
      () => parse('schedule', { releaseId: 'r1', publishAt: 'tomorrow' }),
      () => parse('create', { releaseId: 'published' }),
      () => parse('create', { releaseId: 'has.dot' }),
      () => parse('edit', { releaseId: 'r1', patch: { set: { state: 'published' } } }),
      () => parse('edit', { releaseId: 'r1', patch: { inc: { 'metadata.x': 1 } } }),
      () => parse('edit', { releaseId: 'r1', patch: { unset: ['metadata'] } }),
      () => parse('import', { releaseId: 'r1' }),
    ]
    for (const attempt of attempts) {
      let thrown: unknown
      try {
        attempt()
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(ActionError)
      expect(thrown instanceof ActionError && thrown.statusCode).toBe(400)
    }
  })
})

describe('planning a publish', () => {
  const documents: LakeDocument[] = [
    { _id: '_.releases.r1', _type: 'system.release', name: 'r1', state: 'active', _rev: 'rel' },
    { _id: 'a', _type: 'film', title: 'A', _rev: 'a-now', _createdAt: '2020-01-01T00:00:00Z' },
    { _id: 'versions.r1.a', _type: 'film', title: 'A2', _createdAt: '2030-01-01T00:00:00Z' },
    { _id: 'versions.r1.b', _type: 'film', title: 'B' },
    { _id: 'gone', _type: 'film', _rev: 'g' },
    { _id: 'versions.r1.gone', _type: 'film', _system: { delete: true } },
  ]
  const index = new DocumentIndex()
  for (const document of documents) index.put(document)
  const context = (bases: Record<string, string | null>) => ({
    index,
    read: (id: string) => index.get(id),
    now: '2030-05-01T00:00:00.000Z',
    baseRevisionOf: (id: string) => bases[id] ?? null,
    archivedVersions: () => [],
  })

  it('writes every version, deletes the unpublished one and marks the release, in one plan', () => {
    const plan = planReleaseOperation(
      { verb: 'publish', name: 'r1' },
      context({ 'versions.r1.a': 'a-now', 'versions.r1.gone': 'g' }),
      0,
    )
    expect(plan).toEqual([
      {
        kind: 'createOrReplace',
        document: { _id: 'a', _type: 'film', title: 'A2', _createdAt: '2020-01-01T00:00:00Z' },
      },
      { kind: 'delete', selection: { kind: 'id', id: 'versions.r1.a' } },
      { kind: 'createOrReplace', document: { _id: 'b', _type: 'film', title: 'B' } },
      { kind: 'delete', selection: { kind: 'id', id: 'versions.r1.b' } },
      { kind: 'delete', selection: { kind: 'id', id: 'gone' } },
      { kind: 'delete', selection: { kind: 'id', id: 'versions.r1.gone' } },
      {
        kind: 'patch',
        selection: { kind: 'id', id: '_.releases.r1' },
        operations: {
          set: {
            state: 'published',
            publishedAt: '2030-05-01T00:00:00.000Z',
            finalDocumentStates: [{ id: 'a' }, { id: 'b' }, { id: 'gone' }],
          },
          unset: ['error'],
        },
      },
    ])
  })

  it('plans nothing when one base revision is stale, naming the document', () => {
    let thrown: unknown
    try {
      planReleaseOperation(
        { verb: 'publish', name: 'r1' },
        context({ 'versions.r1.a': 'a-old', 'versions.r1.gone': 'g' }),
        0,
      )
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ReleaseConflictError)
    expect(thrown instanceof ReleaseConflictError && thrown.item).toMatchObject({
      type: 'releasePublishConflictError',
      conflicts: [{ id: 'a', baseRevision: 'a-old', currentRevision: 'a-now' }],
    })
  })
})
