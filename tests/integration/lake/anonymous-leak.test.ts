// Anonymous readers see published documents only: with drafts and versions (`versions.r1.x`) present, nothing
// of them reaches an anonymous query (whatever perspective it asks for), doc, history or listen request.
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestLake, type TestLake } from './lake-fixture.ts'
import { openSse, type SseEvent } from './sse-reader.ts'

// A marker only private documents carry: it must never appear in anything an anonymous reader gets.
const SECRET = 'SECRET-UNPUBLISHED-7f3a'
const PRIVATE_ID = /\b(drafts|versions)\./
let lake: TestLake
let assetId = ''

function expectNothingPrivate(what: string, value: unknown): void {
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? null)
  expect(text, what).not.toContain(SECRET)
  expect(text, what).not.toMatch(PRIVATE_ID)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

beforeAll(async () => {
  lake = await startTestLake()
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#123' } })
    .png()
    .toBuffer()
  const asset = await lake.client.assets.upload('image', png, { filename: 'draft-only.png' })
  assetId = asset._id
  await lake.client
    .transaction()
    .create({ _id: 'story-1', _type: 'story', title: 'Public title' })
    .create({
      _id: 'drafts.story-1',
      _type: 'story',
      title: SECRET,
      image: { _type: 'image', asset: { _type: 'reference', _ref: assetId } },
    })
    .create({ _id: 'versions.r1.story-1', _type: 'story', title: `${SECRET} in release r1` })
    .create({ _id: 'drafts.story-2', _type: 'story', title: `${SECRET} never published` })
    .create({ _id: 'versions.r1.story-3', _type: 'story', title: `${SECRET} release only` })
    .commit()
}, 30_000)

afterAll(async () => {
  await lake?.stop()
})

const QUERIES = [
  '*',
  '*[_type == "story"]',
  '*[_id in path("drafts.**")]',
  '*[_id in path("versions.**")]',
  '*[_id in path("**")]',
  '*[_id match "drafts*" || _id match "versions*"]',
  '*[_id == "drafts.story-1"][0]',
  '*[_id == $id]',
  '*[_id in $ids]',
  '*[references($asset)]',
  '*[_id == $asset]{..., "usedBy": *[references(^._id)]{_id, title}}',
  '*[title match "SECRET*"]',
  'count(*[_type == "story"])',
  '*[_type == "story"]{_id, "other": *[_type == "story" && _id != ^._id]}',
  '*[_type == "story"] | order(_id desc)[0...10]{_id, title}',
  'array::unique(*._id)',
]
const PERSPECTIVES = [undefined, 'published', 'raw', 'drafts', 'previewDrafts', 'r1', 'r1,drafts', 'bogus']

function querySearch(query: string, perspective: string | undefined): string {
  const search = new URLSearchParams({
    query,
    $id: JSON.stringify('drafts.story-1'),
    $ids: JSON.stringify(['drafts.story-1', 'versions.r1.story-1', 'drafts.story-2', 'versions.r1.story-3']),
    $asset: JSON.stringify(assetId),
  })
  if (perspective) search.set('perspective', perspective)
  return search.toString()
}

describe('anonymous readers and unpublished content', () => {
  it('an anonymous query returns nothing private, whatever the perspective', async () => {
    let answered = 0
    for (const perspective of PERSPECTIVES) {
      for (const query of QUERIES) {
        const path = `/v2025-02-19/data/query/production?${querySearch(query, perspective)}`
        const response = await lake.request(path, { auth: false })
        expect(response.status, `${perspective} ${query}`).toBeLessThan(500)
        if (response.status === 200) answered++
        else expect(response.body, `${perspective} ${query}`).toMatchObject({ statusCode: response.status })
        // The body echoes the query (which names drafts.): ids are checked in the result, the secret everywhere.
        expect(JSON.stringify(response.body), `${perspective} ${query}`).not.toContain(SECRET)
        if (isRecord(response.body)) expectNothingPrivate(`${perspective} ${query}`, response.body.result)
      }
    }
    // The published ones (at least) were answered, so the leak check above looked at real results.
    expect(answered).toBeGreaterThanOrEqual(QUERIES.length * 2)
    const count = await lake.request(
      `/v2025-02-19/data/query/production?${querySearch('count(*[_type == "story"])', 'raw')}`,
      { auth: false },
    )
    expect(count.body).toMatchObject({ result: 1 })
    // A token sees what anonymous may not: the check is about access, not missing data.
    const authorized = await lake.request(
      `/v2025-02-19/data/query/production?${querySearch('count(*[_type == "story"])', 'raw')}`,
    )
    expect(authorized.body).toMatchObject({ result: 5 })
  })

  it('an anonymous POST query and the client in every perspective leak nothing either', async () => {
    const post = await lake.request('/v2025-02-19/data/query/production?perspective=raw', {
      auth: false,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '*[_id in $ids]', params: { ids: ['drafts.story-1', 'story-1'] } }),
    })
    expect(post.status).toBe(200)
    expect(post.body).toMatchObject({ result: [{ _id: 'story-1' }] })
    if (isRecord(post.body)) expectNothingPrivate('POST', post.body.result)
    for (const perspective of ['published', 'raw', 'drafts'] as const) {
      const result = await lake.anonymous.fetch('*[_type == "story"]', {}, { perspective })
      expect(result).toEqual([expect.objectContaining({ _id: 'story-1', title: 'Public title' })])
    }
  })

  it('the doc endpoint omits private ids, existing or not, as a permission matter', async () => {
    const ids = ['story-1', 'drafts.story-1', 'versions.r1.story-1', 'drafts.story-2', 'drafts.missing']
    const response = await lake.request(`/v2025-02-19/data/doc/production/${ids.join(',')}`, { auth: false })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ documents: [{ _id: 'story-1' }] })
    const omitted = JSON.stringify(response.body)
    expect(omitted).not.toContain(SECRET)
    for (const id of ids.slice(1)) expect(omitted).toContain(`"id":"${id}","reason":"permission"`)
  })

  it('history is closed to anonymous readers', async () => {
    for (const path of [
      '/v2025-02-19/data/history/production/documents/drafts.story-1',
      '/v2025-02-19/data/history/production/transactions/drafts.story-1',
      '/v2025-02-19/data/history/production/events/documents/story-1',
    ]) {
      const response = await lake.request(path, { auth: false })
      expect(response.status, path).toBe(401)
      expectNothingPrivate(path, response.body)
    }
  })

  it('the asset a draft alone uses does not lead an anonymous reader to the draft', async () => {
    // The asset itself is public, as on Sanity's CDN (its id is the hash of its bytes); who uses it is not.
    const usedBy = await lake.anonymous.fetch('*[references($asset)]._id', { asset: assetId })
    expect(usedBy).toEqual([])
    const authorizedUsedBy = await lake.client.fetch(
      '*[references($asset)]._id',
      { asset: assetId },
      {
        perspective: 'raw',
      },
    )
    expect(authorizedUsedBy).toEqual(['drafts.story-1'])
  })

  it('an anonymous listener hears only public documents, without private content', async () => {
    const query = (q: string, extra: Record<string, string> = {}): string =>
      `${lake.lake.url}/v2025-02-19/data/listen/production?${new URLSearchParams({ query: q, ...extra })}`
    const ids = JSON.stringify(['drafts.story-1', 'versions.r1.story-1', 'story-1', 'sentinel'])
    const streams = await Promise.all([
      openSse(query('*')),
      openSse(query('*[_type == "story" || _id == "sentinel"]', { includePreviousRevision: 'true' })),
      openSse(query('*[_id in $ids]', { $ids: ids, effectFormat: 'mendoza', includeResult: 'true' })),
      openSse(query('*[_id in path("drafts.**") || _id == "sentinel"]', { includeMutations: 'true' })),
      openSse(query('*', { enableResume: 'true' })),
    ])
    for (const stream of streams) expect((await stream.next()).event).toBe('welcome')

    // Transactions that touch private and public documents together, by id and by query.
    await lake.client
      .transaction()
      .patch('story-1', (patch) => patch.set({ title: 'Public title, edited' }))
      .patch('drafts.story-1', (patch) => patch.set({ title: `${SECRET} edited` }))
      .createOrReplace({ _id: 'versions.r1.story-1', _type: 'story', title: `${SECRET} r1 again` })
      .commit()
    await lake.client.mutate([
      { patch: { query: '*[_type == "story" && _id in path("**")]', set: { note: `${SECRET} by query` } } },
      { patch: { id: 'story-1', set: { note: 'public note' } } },
    ])
    await lake.client
      .transaction()
      .delete('drafts.story-2')
      .create({ _id: 'versions.r1.story-4', _type: 'story', title: SECRET })
      .commit()
    await lake.client.create({ _id: 'sentinel', _type: 'sentinel' })

    for (const [index, stream] of streams.entries()) {
      const events: SseEvent[] = await stream.collect(
        (event) =>
          typeof event.data === 'object' &&
          event.data !== null &&
          'documentId' in event.data &&
          event.data.documentId === 'sentinel',
        5000,
      )
      stream.close()
      expectNothingPrivate(`stream ${index}`, events)
      for (const event of events.filter((each) => each.event === 'mutation')) {
        expect(event.data, `stream ${index}`).toMatchObject({ documentId: expect.stringMatching(/^[^.]+$/) })
      }
    }
  })
})
