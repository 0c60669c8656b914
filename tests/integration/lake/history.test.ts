// The History API over HTTP on a real lake, written through @sanity/client the way the Studio's actions
// write (create a draft, edit it, publish = createOrReplace + delete in one transaction).
import { applyPatch } from 'mendoza'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestLake, type TestLake } from './lake-fixture.ts'

let lake: TestLake
const revs: { create: string; edit: string; publish: string; before: string } = {
  create: '',
  edit: '',
  publish: '',
  before: '',
}

beforeAll(async () => {
  lake = await startTestLake()
  revs.before = new Date(Date.now() - 60_000).toISOString()
  const created = await lake.client.create({ _id: 'drafts.film-h', _type: 'film', title: 'Rashomon' })
  const edited = await lake.client.patch('drafts.film-h').set({ title: 'Rashōmon', year: 1950 }).commit()
  const published = await lake.client
    .transaction()
    .createOrReplace({ _id: 'film-h', _type: 'film', title: 'Rashōmon', year: 1950 })
    .delete('drafts.film-h')
    .commit()
  revs.create = created._rev
  revs.edit = edited._rev
  revs.publish = published.transactionId
})

afterAll(async () => {
  await lake.stop()
})

const base = '/v2025-02-19/data/history/production'

async function ndjson(path: string): Promise<Array<Record<string, unknown>>> {
  const response = await lake.request(path)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/)
  const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body)
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line))
}

describe('history: events', () => {
  it('lists the draft’s creation and publication, newest first, keyed by the id asked for', async () => {
    const { status, body } = await lake.request(`${base}/events/documents/drafts.film-h?limit=100`)
    expect(status).toBe(200)
    expect(body).toEqual({
      events: {
        'drafts.film-h': [
          {
            id: revs.publish,
            timestamp: expect.any(String),
            author: 'lake-admin',
            documentId: 'film-h',
            type: 'publishDocumentVersion',
            revisionId: revs.publish,
            versionId: 'drafts.film-h',
            versionRevisionId: revs.edit,
            publishCause: 'document.publish',
          },
          {
            id: revs.create,
            timestamp: expect.any(String),
            author: 'lake-admin',
            documentId: 'film-h',
            type: 'createDocumentVersion',
            versionId: 'drafts.film-h',
            versionRevisionId: revs.create,
          },
        ],
      },
      nextCursor: '',
    })
  })

  it('pages with nextCursor', async () => {
    const first = await lake.request(`${base}/events/documents/drafts.film-h?limit=1`)
    expect(first.body).toMatchObject({ events: { 'drafts.film-h': [{ type: 'publishDocumentVersion' }] } })
    const cursor =
      typeof first.body === 'object' && first.body !== null ? Reflect.get(first.body, 'nextCursor') : ''
    expect(cursor).not.toBe('')
    const second = await lake.request(`${base}/events/documents/drafts.film-h?limit=1&nextCursor=${cursor}`)
    expect(second.body).toEqual({
      events: { 'drafts.film-h': [expect.objectContaining({ type: 'createDocumentVersion' })] },
      nextCursor: '',
    })
  })
})

describe('history: transactions', () => {
  it('streams the pair’s transactions with mendoza effects that rebuild the draft', async () => {
    const lines = await ndjson(
      `${base}/transactions/film-h,drafts.film-h?excludeContent=true&limit=50&includeIdentifiedDocumentsOnly=true&effectFormat=mendoza&fromTransaction=`,
    )
    expect(lines.map((line) => line.id)).toEqual([revs.create, revs.edit, revs.publish])
    expect(lines[2]).toMatchObject({ author: 'lake-admin', documentIDs: ['film-h', 'drafts.film-h'] })
    let draft: unknown = null
    for (const line of lines.slice(0, 2)) {
      const effects = line.effects
      if (typeof effects !== 'object' || effects === null) throw new Error('no effects')
      draft = applyPatch(draft, Reflect.get(Reflect.get(effects, 'drafts.film-h'), 'apply'))
    }
    expect(draft).toMatchObject({ _id: 'drafts.film-h', title: 'Rashōmon', year: 1950 })
    expect(lines[0]?.mutations).toEqual([{ create: { _id: 'drafts.film-h', _type: 'film' } }])
  })

  it('reads backwards to a transaction (the timeline) and leaves out what was excluded', async () => {
    const lines = await ndjson(
      `${base}/transactions/film-h,drafts.film-h?effectFormat=mendoza&excludeContent=true&excludeMutations=true&includeIdentifiedDocumentsOnly=true&reverse=true&limit=50&toTransaction=${revs.edit}`,
    )
    expect(lines.map((line) => line.id)).toEqual([revs.edit, revs.create])
    expect(lines[0]).not.toHaveProperty('mutations')
    const onlyDraft = await ndjson(
      `${base}/transactions/drafts.film-h?includeIdentifiedDocumentsOnly=true&fromTransaction=${revs.publish}`,
    )
    expect(onlyDraft).toEqual([expect.objectContaining({ id: revs.publish, documentIDs: ['drafts.film-h'] })])
    expect(onlyDraft[0]).not.toHaveProperty('effects')
  })
})

describe('history: documents', () => {
  it('answers a revision, a time and the last revision, as the Studio’s restore reads them', async () => {
    const atCreate = await lake.request(`${base}/documents/film-h,drafts.film-h?revision=${revs.create}`)
    expect(atCreate.body).toEqual({
      documents: [expect.objectContaining({ _id: 'drafts.film-h', _rev: revs.create, title: 'Rashomon' })],
    })
    const atPublish = await lake.request(`${base}/documents/film-h,drafts.film-h?revision=${revs.publish}`)
    expect(atPublish.body).toEqual({
      documents: [expect.objectContaining({ _id: 'film-h', _rev: revs.publish, year: 1950 })],
    })
    const last = await lake.request(`${base}/documents/drafts.film-h?lastRevision=true`)
    expect(last.body).toEqual({
      documents: [expect.objectContaining({ _id: 'drafts.film-h', _rev: revs.edit, title: 'Rashōmon' })],
    })
    const before = await lake.request(`${base}/documents/drafts.film-h?time=${revs.before}`)
    expect(before.body).toEqual({ documents: [] })
    const now = await lake.request(`${base}/documents/film-h?time=${new Date().toISOString()}`)
    expect(now.body).toEqual({ documents: [expect.objectContaining({ _rev: revs.publish })] })
  })
})

describe('history: access and bad requests', () => {
  it('refuses anonymous readers', async () => {
    for (const path of [
      `${base}/events/documents/film-h`,
      `${base}/transactions/film-h`,
      `${base}/documents/film-h?lastRevision=true`,
    ]) {
      const response = await lake.request(path, { auth: false })
      expect(response).toMatchObject({ status: 401, body: { statusCode: 401, error: 'Unauthorized' } })
    }
  })

  it('answers client mistakes in Sanity shape, never a 500', async () => {
    const cases: Array<[string, number]> = [
      [`${base}/documents/film-h`, 400],
      [`${base}/documents/film-h?revision=${revs.create}&time=${revs.before}`, 400],
      [`${base}/documents/film-h?time=yesterday`, 400],
      [`${base}/documents/film-h?revision=no-such-rev`, 404],
      [`${base}/transactions/film-h?fromTransaction=no-such-tx`, 404],
      [`${base}/transactions/film-h?limit=-3`, 400],
      [`${base}/transactions/film-h?effectFormat=json`, 400],
      [`${base}/transactions/bad..id`, 400],
      [`${base}/events/documents/film-h?nextCursor=garbage`, 400],
      ['/v2025-02-19/data/history/nope/documents/film-h?lastRevision=true', 404],
    ]
    for (const [path, status] of cases) {
      const response = await lake.request(path)
      expect([path, response.status]).toEqual([path, status])
      expect(response.body).toMatchObject({ statusCode: status })
    }
  })
})
