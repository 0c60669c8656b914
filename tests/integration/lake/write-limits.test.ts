// Sanity's per-document limits and the patches that would grow a document without bound: each is a 400
// in Sanity's mutationError shape, answered before anything large is built, and the data stays as it was.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOCUMENT_LIMITS } from '#sanity/lake/mutations/document-limits.ts'
import { MAX_PARAM_NESTING } from '#sanity/lake/query/query-params.ts'
import { startTestLake, type TestLake } from './lake-fixture.ts'

let t: TestLake
const mutatePath = '/v2025-02-19/data/mutate/production'
const json = { 'content-type': 'application/json' }

beforeAll(async () => {
  t = await startTestLake()
  await t.client.createOrReplace({ _id: 'list', _type: 'x', arr: [1, 2, 3], title: 'kept' })
  await t.client.createOrReplace({
    _id: 'wide',
    _type: 'x',
    items: Array.from({ length: 1000 }, (_, i) => i),
  })
})
afterAll(async () => {
  await t.stop()
})

/** A checksum of every document (drafts included), to prove a refused write changed nothing. */
async function datasetChecksum(): Promise<string> {
  const documents = await t.client.fetch('*|order(_id)', {}, { perspective: 'raw' })
  return createHash('sha1').update(JSON.stringify(documents)).digest('hex')
}

async function mutateRaw(body: string) {
  return t.request(mutatePath, { method: 'POST', headers: json, body })
}

function expectMutationError(response: { status: number; body: unknown }, pattern: RegExp): void {
  expect(response.status).toBe(400)
  expect(response.body).toMatchObject({
    error: { type: 'mutationError', items: [{ index: expect.any(Number), error: expect.any(Object) }] },
  })
  expect(JSON.stringify(response.body)).toMatch(pattern)
}

function nestedObject(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
}

async function expectAlive(): Promise<void> {
  expect((await t.request('/health', { auth: false })).status).toBe(200)
}

describe('document limits', () => {
  it('refuses a document nested 5,000 levels deep with a 400, not a 500', async () => {
    const before = await datasetChecksum()
    const response = await mutateRaw(
      `{"mutations":[{"create":{"_id":"deep","_type":"x","body":${nestedObject(5000)}}}]}`,
    )
    expectMutationError(response, /deeper than/)
    expect(await datasetChecksum()).toBe(before)
    await expectAlive()
  })

  it('accepts attributes nested 20 levels deep and refuses 21', async () => {
    const document = (levels: number) =>
      `{"mutations":[{"createOrReplace":{"_id":"nest","_type":"x","a":${nestedObject(levels - 1)}}}]}`
    expect((await mutateRaw(document(DOCUMENT_LIMITS.maxDepth))).status).toBe(200)
    const response = await mutateRaw(document(DOCUMENT_LIMITS.maxDepth + 1))
    expectMutationError(response, /nested deeper than 20 levels/)
    expect(await t.client.getDocument('nest')).toMatchObject({ _id: 'nest' })
  })

  it('refuses a document with more than 1,000 distinct attributes', async () => {
    const fields = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`f${i}`, i]))
    const response = await mutateRaw(
      JSON.stringify({ mutations: [{ create: { _id: 'many', _type: 'x', ...fields } }] }),
    )
    expectMutationError(response, /more than 1000 distinct attributes/)
    expect(await t.client.getDocument('many')).toBeUndefined()
  })

  it('refuses a patch that would grow a document past 32 MB, before building it', async () => {
    const before = await datasetChecksum()
    const started = Date.now()
    // One 3 MB string set into each of 1,000 items would be 3 GB as JSON.
    const response = await mutateRaw(
      JSON.stringify({
        mutations: [{ patch: { id: 'wide', set: { 'items[0:1000]': 'x'.repeat(3_000_000) } } }],
      }),
    )
    expectMutationError(response, /larger than 32000000 bytes/)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(await datasetChecksum()).toBe(before)
    await expectAlive()
  })
})

describe('array growth by patch', () => {
  const refused = [
    { set: { 'arr[10000000]': 1 } },
    { set: { 'arr[0:10000000]': 1 } },
    { set: { 'arr[1,10000000]': 1 } },
    { setIfMissing: { 'arr[5000]': 1 } },
    { unset: ['arr[-10000000]'] },
    { insert: { after: 'arr[10000000]', items: [1] } },
  ]
  for (const operation of refused) {
    it(`refuses ${JSON.stringify(operation)} with a 400 and changes nothing`, async () => {
      const before = await datasetChecksum()
      const started = Date.now()
      const response = await mutateRaw(
        JSON.stringify({ mutations: [{ patch: { id: 'list', ...operation } }] }),
      )
      expectMutationError(response, /past the end of the array/)
      expect(Date.now() - started).toBeLessThan(1000)
      expect(await datasetChecksum()).toBe(before)
    })
  }

  it('refuses a range that would make the mutator copy a long array once per index', async () => {
    await t.client.createOrReplace({ _id: 'long', _type: 'x', arr: Array.from({ length: 10_000 }, () => 0) })
    const response = await mutateRaw(
      JSON.stringify({ mutations: [{ patch: { id: 'long', set: { 'arr[0:10000]': 1 } } }] }),
    )
    expectMutationError(response, /too many items/)
  })

  it('still applies patches within the arrays: set by index, append at the end, small ranges', async () => {
    await t.client.patch('list').set({ 'arr[0]': 10, 'arr[3]': 4, 'arr[1:3]': 0 }).commit()
    expect(await t.client.getDocument('list')).toMatchObject({ arr: [10, 0, 0, 4], title: 'kept' })
  })

  it('appends to an empty array after [-1], as the Studio\'s "Add item" does', async () => {
    await t.client.createOrReplace({ _id: 'empty-list', _type: 'x' })
    await t.client
      .patch('empty-list')
      .setIfMissing({ authors: [] })
      .insert('after', 'authors[-1]', [{ _type: 'reference', _key: 'a1' }])
      .commit()
    expect(await t.client.getDocument('empty-list')).toMatchObject({
      authors: [{ _type: 'reference', _key: 'a1' }],
    })
  })
})

describe('deeply nested query parameters', () => {
  it(`refuses a $param nested deeper than ${MAX_PARAM_NESTING} levels (400 for queries, channelError for listen)`, async () => {
    const deep = nestedObject(5000)
    const get = await t.request(
      `/v2025-02-19/data/query/production?query=${encodeURIComponent('$p')}&$p=${encodeURIComponent(nestedObject(200))}`,
    )
    expect(get.status).toBe(400)
    expect(get.body).toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/nested deeper than 64 levels/),
    })
    const listen = await t.request(
      `/v2025-02-19/data/listen/production?query=${encodeURIComponent('*[_id == $p]')}&$p=${encodeURIComponent(nestedObject(200))}`,
    )
    // Listen reports query problems the way Sanity does: a 200 stream whose one event is a channelError.
    expect(listen.status).toBe(200)
    expect(String(listen.body)).toMatch(/event: channelError\ndata: .*nested deeper than 64 levels/)
    const post = await t.request('/v2025-02-19/data/query/production', {
      method: 'POST',
      headers: json,
      body: `{"query":"$p","params":{"p":${deep}}}`,
    })
    expect(post.status).toBe(400)
    expect(post.body).toMatchObject({ error: { type: 'queryParseError' } })
    const fine = await t.client.fetch('$p.a.a', { p: { a: { a: 7 } } })
    expect(fine).toBe(7)
  })

  it('refuses a deep params object in a delete-by-query mutation', async () => {
    const response = await mutateRaw(
      `{"mutations":[{"delete":{"query":"*[_id == $p]","params":{"p":${nestedObject(5000)}}}}]}`,
    )
    expectMutationError(response, /deeper than/)
    await expectAlive()
  })
})
