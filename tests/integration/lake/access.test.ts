// Anonymous readers never see drafts or other private ids; writes need a valid token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caught, clientFor, startTestLake, type TestLake } from './lake-fixture.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
  await t.client
    .transaction()
    .createOrReplace({ _id: 'post-1', _type: 'post', title: 'Public' })
    .createOrReplace({ _id: 'drafts.post-1', _type: 'post', title: 'Secret edit' })
    .createOrReplace({ _id: 'drafts.post-2', _type: 'post', title: 'Secret new' })
    .createOrReplace({ _id: 'versions.r1.post-1', _type: 'post', title: 'Secret release' })
    .createOrReplace({ _id: 'private.settings', _type: 'settings', title: 'Secret path' })
    .commit()
})
afterAll(async () => {
  await t.stop()
})

describe('anonymous reads', () => {
  it.each(['raw', 'published', 'drafts'] as const)(
    'sees only public documents under perspective %s',
    async (perspective) => {
      const result = await t.anonymous.fetch('*{_id, title}', {}, { perspective })
      expect(result).toEqual([{ _id: 'post-1', title: 'Public' }])
      expect(JSON.stringify(result)).not.toContain('Secret')
    },
  )

  it('cannot reach drafts by id, by path() or by counting', async () => {
    expect(await t.anonymous.fetch('*[_id == "drafts.post-1"][0]', {}, { perspective: 'raw' })).toBeNull()
    expect(await t.anonymous.fetch('count(*[_id in path("drafts.**")])', {}, { perspective: 'raw' })).toBe(0)
    expect(await t.anonymous.fetch('count(*)', {}, { perspective: 'raw' })).toBe(1)
  })

  it('gets private ids omitted with reason "permission" from the doc endpoint', async () => {
    const response = await t.request('/v2025-02-19/data/doc/production/post-1,drafts.post-1,drafts.nothing', {
      auth: false,
    })
    expect(response.body).toEqual({
      documents: [expect.objectContaining({ _id: 'post-1' })],
      omitted: [
        { id: 'drafts.post-1', reason: 'permission' },
        { id: 'drafts.nothing', reason: 'permission' },
      ],
    })
    expect(await t.anonymous.getDocument('drafts.post-1')).toBeUndefined()
  })

  it('token holders see everything', async () => {
    expect(await t.client.fetch('count(*)', {}, { perspective: 'raw' })).toBe(5)
  })
})

describe('authentication', () => {
  it('refuses writes without a token with 401', async () => {
    const error = await caught(() => t.anonymous.create({ _id: 'nope', _type: 'post' }))
    expect(error.statusCode).toBe(401)
    expect(await t.client.getDocument('nope')).toBeUndefined()
  })

  it('refuses a wrong token with 401, for reads too', async () => {
    const wrong = clientFor(t.lake.url, `${t.lake.token}x`)
    expect((await caught(() => wrong.create({ _id: 'nope', _type: 'post' }))).statusCode).toBe(401)
    expect((await caught(() => wrong.fetch('1'))).statusCode).toBe(401)
  })

  it('refuses a malformed Authorization header with 401', async () => {
    const response = await t.request('/v2025-02-19/data/query/production?query=1', {
      auth: false,
      headers: { authorization: 'Basic abc' },
    })
    expect(response.status).toBe(401)
    expect(response.body).toMatchObject({ error: 'Unauthorized', statusCode: 401 })
  })
})
