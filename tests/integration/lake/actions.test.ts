// The Actions API through the real @sanity/client, as the Studio uses it: edit, publish, conflicts,
// atomicity, roles, and what listeners see.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Action, EditAction, PatchOperations, PublishAction, SanityClient } from '@sanity/client'
import { applyPatch } from 'mendoza'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Identity, TokenVerifier } from '#sanity/lake/http/auth.ts'
import { createLakeHandler } from '#sanity/lake/http/router.ts'
import type { LakeStore } from '#sanity/lake/store/lake-store.ts'
import { caught, clientFor, startTestLake, type TestLake } from './lake-fixture.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(async () => {
  await t.stop()
})

const edit = (id: string, patch: PatchOperations): EditAction => ({
  actionType: 'sanity.action.document.edit',
  draftId: `drafts.${id}`,
  publishedId: id,
  patch,
})
const publish = (
  id: string,
  extra: { ifPublishedRevisionId?: string; ifDraftRevisionId?: string } = {},
): PublishAction => ({
  actionType: 'sanity.action.document.publish',
  draftId: `drafts.${id}`,
  publishedId: id,
  ...extra,
})

function transactionCount(): number {
  return t.lake.store.transactions('production').length
}

describe('data/actions', () => {
  it('create, edit and publish round-trip; the published document is the draft, stamped', async () => {
    const created = await t.client.action({
      actionType: 'sanity.action.document.create',
      publishedId: 'film-1',
      attributes: { _id: 'drafts.film-1', _type: 'film', title: 'Heat' },
      ifExists: 'fail',
    })
    const draft = await t.client.getDocument('drafts.film-1')
    expect(draft).toMatchObject({ title: 'Heat', _rev: created.transactionId })

    await t.client.action(edit('film-1', { set: { year: 1995 } }), { transactionId: 'edit-film-1' })
    expect(await t.client.getDocument('drafts.film-1')).toMatchObject({ year: 1995, _rev: 'edit-film-1' })

    const published = await t.client.action(publish('film-1'))
    expect(published).toEqual({ transactionId: expect.any(String) })
    const [publishedDoc, draftAfter] = await t.client.getDocuments(['film-1', 'drafts.film-1'])
    expect(draftAfter).toBeNull()
    expect(publishedDoc).toMatchObject({
      _id: 'film-1',
      _type: 'film',
      title: 'Heat',
      year: 1995,
      _rev: published.transactionId,
      _createdAt: draft?._createdAt,
    })
    const log = t.lake.store.transactions('production', { documentId: 'film-1' })
    expect(log.at(-1)).toMatchObject({ id: published.transactionId, author: 'lake-admin' })
    expect(Object.keys(log.at(-1)?.effects ?? {}).sort()).toEqual(['drafts.film-1', 'film-1'])
  })

  it('the first edit of a published document copies it into the draft, then patches it', async () => {
    const original = await t.client.create({ _id: 'film-2', _type: 'film', title: 'Alien', year: 1979 })
    await t.client.action(edit('film-2', { set: { title: 'Aliens' } }))
    const [published, draft] = await t.client.getDocuments(['film-2', 'drafts.film-2'])
    expect(published).toEqual(original)
    expect(draft).toMatchObject({
      _id: 'drafts.film-2',
      title: 'Aliens',
      year: 1979,
      _createdAt: original._createdAt,
    })
  })

  it('a stale ifPublishedRevisionId is a 409 actionError and changes nothing', async () => {
    const original = await t.client.create({ _id: 'film-3', _type: 'film', title: 'Ran' })
    await t.client.action(edit('film-3', { set: { title: 'Ran (1985)' } }))
    const before = await t.client.getDocuments(['film-3', 'drafts.film-3'])
    const count = transactionCount()

    const failure = await caught(() => t.client.action(publish('film-3', { ifPublishedRevisionId: 'stale' })))
    expect(failure.statusCode).toBe(409)
    expect(failure.details).toMatchObject({
      type: 'actionError',
      items: [{ index: 0, error: { type: 'documentRevisionIDDoesNotMatchError', id: 'film-3' } }],
    })
    expect(await t.client.getDocuments(['film-3', 'drafts.film-3'])).toEqual(before)
    expect(transactionCount()).toBe(count)

    await t.client.action(publish('film-3', { ifPublishedRevisionId: original._rev }))
    expect(await t.client.getDocument('film-3')).toMatchObject({ title: 'Ran (1985)' })
  })

  it('a request whose last action fails applies none of the earlier ones', async () => {
    await t.client.create({ _id: 'film-4', _type: 'film', title: 'Ikiru' })
    const count = transactionCount()
    const failure = await caught(() =>
      t.client.action([
        edit('film-4', { set: { title: 'Changed' } }),
        publish('film-4'),
        { actionType: 'sanity.action.document.discard', draftId: 'drafts.film-4' },
      ]),
    )
    expect(failure.statusCode).toBe(404)
    expect(failure.details).toMatchObject({ items: [{ index: 2, error: { type: 'documentNotFoundError' } }] })
    const [published, draft] = await t.client.getDocuments(['film-4', 'drafts.film-4'])
    expect(published).toMatchObject({ title: 'Ikiru' })
    expect(draft).toBeNull()
    expect(transactionCount()).toBe(count)
  })

  it('unpublish keeps the content as a draft; discard and delete remove documents', async () => {
    await t.client.create({ _id: 'film-5', _type: 'film', title: 'Stalker' })
    await t.client.action({
      actionType: 'sanity.action.document.unpublish',
      draftId: 'drafts.film-5',
      publishedId: 'film-5',
    })
    expect(await t.client.getDocuments(['film-5', 'drafts.film-5'])).toEqual([
      null,
      expect.objectContaining({ title: 'Stalker' }),
    ])
    await t.client.action({ actionType: 'sanity.action.document.discard', draftId: 'drafts.film-5' })
    expect(await t.client.getDocument('drafts.film-5')).toBeUndefined()

    await t.client.create({ _id: 'film-6', _type: 'film' })
    await t.client.action(edit('film-6', { set: { title: 'Draft' } }))
    await t.client.action({
      actionType: 'sanity.action.document.delete',
      publishedId: 'film-6',
      includeDrafts: ['drafts.film-6'],
    })
    expect(await t.client.getDocuments(['film-6', 'drafts.film-6'])).toEqual([null, null])
  })

  it('a dry run answers like the real thing and writes nothing', async () => {
    const count = transactionCount()
    const result = await t.client.action(
      {
        actionType: 'sanity.action.document.create',
        publishedId: 'dry',
        attributes: { _id: 'drafts.dry', _type: 'film' },
        ifExists: 'fail',
      },
      { dryRun: true, transactionId: 'dry-run-1' },
    )
    expect(result).toEqual({ transactionId: 'dry-run-1' })
    expect(await t.client.getDocument('drafts.dry')).toBeUndefined()
    expect(transactionCount()).toBe(count)
  })

  it('answers malformed requests with 400s, never a 500', async () => {
    const post = (body: string) =>
      t.request('/v2025-02-19/data/actions/production', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
    const cases = [
      '{"actions":[{"actionType":"sanity.action.document.explode"}]}',
      '{"actions":[{"actionType":"sanity.action.document.edit","draftId":"drafts.b","publishedId":"a","patch":{}}]}',
      '{"actions":[{"actionType":"sanity.action.document.edit","draftId":"drafts.a","publishedId":"a","patch":{"set":5}}]}',
      '{"actions":[]}',
      '{"actions":{}}',
      '{"actions":[null]}',
      '{"actions":[{"actionType":"sanity.action.document.publish","draftId":"drafts.a","publishedId":"a"}],"transactionId":7}',
      '[]',
      'not json',
    ]
    for (const body of cases) {
      const response = await post(body)
      expect([body, response.status]).toEqual([body, 400])
    }
  })

  it('refuses a reused transaction id with a 409', async () => {
    await t.client.create({ _id: 'film-7', _type: 'film' })
    await t.client.action(edit('film-7', { set: { n: 1 } }), { transactionId: 'once' })
    const failure = await caught(() =>
      t.client.action(edit('film-7', { set: { n: 2 } }), { transactionId: 'once' }),
    )
    expect(failure.statusCode).toBe(409)
  })

  it('shows a publish to listeners as two events of one transaction', async () => {
    await t.client.create({ _id: 'film-8', _type: 'film', title: 'Before' })
    await t.client.action(edit('film-8', { set: { title: 'After' } }))
    const events: unknown[] = []
    const done = new Promise<void>((resolve, reject) => {
      const subscription = t.client
        .listen(
          '*[_id in $ids]',
          { ids: ['film-8', 'drafts.film-8'] },
          { events: ['welcome', 'mutation'], effectFormat: 'mendoza', includeResult: false },
        )
        .subscribe({
          next: (message) => {
            if (message.type === 'welcome') {
              t.client.action(publish('film-8'), { transactionId: 'publish-film-8' }).catch(reject)
              return
            }
            if (message.type !== 'mutation') return
            events.push(message)
            if (events.length === 2) {
              subscription.unsubscribe()
              resolve()
            }
          },
          error: reject,
        })
    })
    await done
    const byId = Object.fromEntries(
      events.map((event) => [
        typeof event === 'object' && event && 'documentId' in event ? event.documentId : '',
        event,
      ]),
    )
    expect(byId['film-8']).toMatchObject({
      transactionId: 'publish-film-8',
      transition: 'update',
      transactionTotalEvents: 2,
      resultRev: 'publish-film-8',
    })
    // The published document's effect is a mendoza diff from the old published revision to the draft's content.
    const apply = Reflect.get(Reflect.get(byId['film-8'], 'effects'), 'apply')
    expect(applyPatch({ _id: 'film-8', _type: 'film', title: 'Before' }, apply)).toMatchObject({
      title: 'After',
    })
    expect(byId['drafts.film-8']).toMatchObject({
      transactionId: 'publish-film-8',
      transition: 'disappear',
      transactionTotalEvents: 2,
      effects: { apply: [0, null] },
    })
  })
})

describe('data/actions and roles', () => {
  const ROLES: Record<string, Identity> = {
    'contributor-token': { kind: 'user', userId: 'user-contributor', role: 'contributor' },
    'viewer-token': { kind: 'user', userId: 'user-viewer', role: 'viewer' },
  }
  let server: { url: string; close(): Promise<void> }
  let contributor: SanityClient
  let viewer: SanityClient

  beforeAll(async () => {
    server = await serveStore(t.lake.store, (token) => ROLES[token])
    contributor = clientFor(server.url, 'contributor-token')
    viewer = clientFor(server.url, 'viewer-token')
    await t.client.create({ _id: 'film-roles', _type: 'film', title: 'Roles' })
  })
  afterAll(async () => {
    await server.close()
  })

  it('contributors edit drafts (as themselves) but may not publish, unpublish or delete', async () => {
    const edited = await contributor.action(edit('film-roles', { set: { title: 'Contributed' } }))
    expect(t.lake.store.transactions('production').at(-1)).toMatchObject({
      id: edited.transactionId,
      author: 'user-contributor',
    })
    const forbidden: Action[] = [
      publish('film-roles'),
      {
        actionType: 'sanity.action.document.unpublish',
        draftId: 'drafts.film-roles',
        publishedId: 'film-roles',
      },
      {
        actionType: 'sanity.action.document.delete',
        publishedId: 'film-roles',
        includeDrafts: ['drafts.film-roles'],
      },
    ]
    for (const action of forbidden) {
      const failure = await caught(() => contributor.action(action))
      expect(failure.statusCode).toBe(403)
      expect(failure.details).toMatchObject({ items: [{ error: { type: 'insufficientPermissionsError' } }] })
    }
    expect(await t.client.getDocument('film-roles')).toMatchObject({ title: 'Roles' })
  })

  it('viewers get a 403 for any action; anonymous requests a 401', async () => {
    const failure = await caught(() => viewer.action(edit('film-roles', { set: { title: 'Viewed' } })))
    expect(failure.statusCode).toBe(403)
    const anonymous = await caught(() =>
      clientFor(server.url).action(edit('film-roles', { set: { title: 'Anon' } })),
    )
    expect(anonymous.statusCode).toBe(401)
    expect(await t.client.getDocument('drafts.film-roles')).toMatchObject({ title: 'Contributed' })
  })
})

/** A second HTTP front on the same store whose tokens map to the given identities. */
async function serveStore(
  store: LakeStore,
  verifyToken: TokenVerifier,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(createLakeHandler({ store, verifyToken, log: () => {} }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!isAddressInfo(address)) throw new Error('server has no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function isAddressInfo(address: string | AddressInfo | null): address is AddressInfo {
  return typeof address === 'object' && address !== null
}
