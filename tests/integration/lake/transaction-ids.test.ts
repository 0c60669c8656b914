// Client-chosen transaction ids (the Studio sends a UUID per commit) on both write endpoints: a malformed
// id is a 400 and a used one a 409, each shaped as that endpoint's error, and neither writes anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestLake, type TestLake } from './lake-fixture.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(async () => {
  await t.stop()
})

const endpoints = [
  {
    name: 'mutate',
    errorType: 'mutationError',
    path: '/v2025-02-19/data/mutate/production',
    body: (transactionId: string, id: string) => ({
      transactionId,
      mutations: [{ createOrReplace: { _id: id, _type: 'note', n: 1 } }],
    }),
  },
  {
    name: 'actions',
    errorType: 'actionError',
    path: '/v2025-02-19/data/actions/production',
    body: (transactionId: string, id: string) => ({
      transactionId,
      actions: [
        {
          actionType: 'sanity.action.document.create',
          publishedId: id,
          attributes: { _id: `drafts.${id}`, _type: 'note' },
        },
      ],
    }),
  },
]

function post(path: string, body: unknown) {
  return t.request(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  })
}

function errorOf(body: unknown): { type?: unknown; items?: unknown } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return {}
  const { error } = body
  return typeof error === 'object' && error !== null ? error : {}
}

describe.each(endpoints)('transaction ids on $name', ({ name, errorType, path, body }) => {
  it('commits under the id the client chose', async () => {
    const response = await post(path, body(`tx-${name}-ok`, `note-${name}-ok`))
    expect(response.status).toBe(200)
    expect(t.lake.store.hasTransaction('production', `tx-${name}-ok`)).toBe(true)
  })

  it('refuses a malformed id with a 400 and writes nothing', async () => {
    const before = t.lake.store.transactions('production').length
    const response = await post(path, body('has spaces/and slashes', `note-${name}-bad`))
    expect(response.status).toBe(400)
    expect(errorOf(response.body).type).toBe(errorType)
    expect(JSON.stringify(response.body)).toContain('Invalid transaction ID')
    expect(t.lake.store.transactions('production').length).toBe(before)
  })

  it('refuses a used id with a 409 and writes nothing', async () => {
    expect((await post(path, body(`tx-${name}-twice`, `note-${name}-first`))).status).toBe(200)
    const before = t.lake.store.transactions('production').length
    const response = await post(path, body(`tx-${name}-twice`, `note-${name}-second`))
    expect(response.status).toBe(409)
    expect(errorOf(response.body).type).toBe(errorType)
    expect(JSON.stringify(response.body)).toContain('transactionIdConflictError')
    expect(t.lake.store.transactions('production').length).toBe(before)
  })
})
