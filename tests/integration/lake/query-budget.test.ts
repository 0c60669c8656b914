// Hostile queries: over-size and over-nested texts are refused before parsing (400 queryParseError), a
// runaway evaluation is cut off at its deadline (408 queryTimeout) in a worker thread, and while it runs the
// lake keeps answering everyone else. The workers' replicas stay consistent with every write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_QUERY_BYTES, MAX_QUERY_NESTING } from '#sanity/lake/query/query-limits.ts'
import { startTestLake, type TestLake } from './lake-fixture.ts'
import { openSse } from './sse-reader.ts'

const queryPath = '/v2025-02-19/data/query/production'
const TIMEOUT_MS = 1_500
const NESTED_SCANS = '*{"x": *{"y": *}}'
const TRIVIAL = '*[_type == "film"][0]{_id, title}'

let t: TestLake

beforeAll(async () => {
  t = await startTestLake({ queryPool: { timeoutMs: TIMEOUT_MS, maxQueued: 2 } })
  const transaction = t.client.transaction()
  for (let i = 0; i < 120; i++) {
    transaction.createOrReplace({
      _id: `film-${i}`,
      _type: 'film',
      title: `Film ${i}`,
      body: 'x'.repeat(200),
    })
  }
  await transaction.commit()
})
afterAll(async () => {
  await t.stop()
})

function post(query: string, auth = false) {
  return t.request(queryPath, {
    method: 'POST',
    auth,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
}

function get(query: string, auth = false) {
  return t.request(`${queryPath}?query=${encodeURIComponent(query)}`, { auth })
}

function expectParseError(response: { status: number; body: unknown }, pattern: RegExp): void {
  expect(response.status).toBe(400)
  expect(response.body).toMatchObject({
    error: { type: 'queryParseError', description: expect.stringMatching(pattern) },
  })
}

describe('limits checked before parsing', () => {
  it('refuses a query over the size limit', async () => {
    const started = performance.now()
    expectParseError(await post(`*[title match "${'a'.repeat(MAX_QUERY_BYTES)}"]`), /too large/)
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('refuses a long `1+1+…` chain by its token count, at once', async () => {
    const started = performance.now()
    const response = await post(Array.from({ length: 12_000 }, () => '1').join('+'))
    expectParseError(response, /too complex: \d+ tokens/)
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('refuses brackets and prefix operators nested past the limit', async () => {
    const depth = MAX_QUERY_NESTING + 1
    expectParseError(await get(`${'('.repeat(depth)}1${')'.repeat(depth)}`), /nested deeper/)
    expectParseError(await get(`${'!'.repeat(depth)}true`), /nested deeper/)
    expectParseError(await get(`*[${'('.repeat(20)}${'!'.repeat(20)}true${')'.repeat(20)}]`), /nested deeper/)
  })

  it('still answers queries near the limits', async () => {
    const depth = MAX_QUERY_NESTING - 1
    expect((await get(`${'('.repeat(depth)}1${')'.repeat(depth)}`)).body).toMatchObject({ result: 1 })
    const chain = Array.from({ length: 500 }, (_, i) => `title == "Film ${i}"`).join(' || ')
    const response = await post(`count(*[${chain}])`)
    expect(response.body).toMatchObject({ result: 120 })
  })

  it('applies to listen too (a channelError, as for any query problem)', async () => {
    const query = Array.from({ length: 1_300 }, () => '1').join('+')
    const stream = await openSse(
      `${t.lake.url}/v2025-02-19/data/listen/production?query=${encodeURIComponent(query)}`,
    )
    const event = await stream.next()
    stream.close()
    expect(event).toMatchObject({
      event: 'channelError',
      data: { message: expect.stringMatching(/too complex/) },
    })
  })
})

describe('evaluation budget', () => {
  it('cuts off a runaway query with 408 queryTimeout while a trivial query keeps being answered', async () => {
    const hostile = get(NESTED_SCANS)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const started = performance.now()
    const trivial = await get(TRIVIAL)
    const trivialMs = performance.now() - started
    expect(trivial.status).toBe(200)
    expect(trivialMs).toBeLessThan(500)
    const response = await hostile
    expect(response.status).toBe(408)
    expect(response.body).toMatchObject({
      error: { type: 'queryTimeout', description: expect.stringMatching(/time limit/), query: NESTED_SCANS },
      statusCode: 408,
    })
  })

  it('refuses queries beyond the queue with 429, and serves again after the cut-offs', async () => {
    // One worker takes heavy queries; two more may wait; the next is refused.
    const heavy = Array.from({ length: 4 }, () => get(NESTED_SCANS, true))
    const statuses = (await Promise.all(heavy)).map((response) => response.status).sort()
    expect(statuses).toContain(429)
    expect(statuses).toContain(408)
    const after = await get(`count(*[_type == "film"])`, true)
    expect(after.body).toMatchObject({ result: 120 })
  }, 9_000)

  it('reports a query that fails in groq-js as a 400 queryExecutionError or queryParseError', async () => {
    const response = await get('*[_type == "film"]{"x": text::query("a")}', true)
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({
      error: { type: expect.stringMatching(/^query(Parse|Execution)Error$/) },
    })
  })
})

describe('mutations that select by query', () => {
  const mutatePath = '/v2025-02-19/data/mutate/production'
  function mutate(mutations: unknown[]) {
    return t.request(mutatePath, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mutations }),
    })
  }

  it('evaluates a runaway selection in the pool: 408, nothing written, other requests answered meanwhile', async () => {
    const before = await t.client.fetch('count(*)', {}, { perspective: 'raw' })
    const hostile = mutate([
      { create: { _id: 'canary', _type: 'note' } },
      // Four nested scans tied by `^`: no index answers it, and 120^4 comparisons outlast any deadline.
      { delete: { query: '*[count(*[count(*[count(*[title != ^.^.^.title]) > 0]) > 0]) > 0]' } },
    ])
    await new Promise((resolve) => setTimeout(resolve, 200))
    const started = performance.now()
    const trivial = await get(TRIVIAL)
    expect(trivial.status).toBe(200)
    expect(performance.now() - started).toBeLessThan(500)
    const response = await hostile
    expect(response.status).toBe(408)
    expect(response.body).toMatchObject({ error: { type: 'queryTimeout' }, statusCode: 408 })
    expect(await t.client.fetch('count(*)', {}, { perspective: 'raw' })).toBe(before)
    expect(await t.client.getDocument('canary')).toBeUndefined()
  })

  it('patches and deletes exactly the documents the query selects, one or many', async () => {
    await t.client.createOrReplace({ _id: 'sel-a', _type: 'selectable', n: 1 })
    await t.client.createOrReplace({ _id: 'sel-b', _type: 'selectable', n: 2 })
    await t.client.createOrReplace({ _id: 'drafts.sel-c', _type: 'selectable', n: 3 })
    const patched = await mutate([
      { patch: { query: '*[_type == "selectable" && n >= $min]', params: { min: 2 }, set: { hit: true } } },
    ])
    expect(patched.status).toBe(200)
    const hits = await t.client.fetch(
      '*[_type == "selectable" && hit]._id | order(@)',
      {},
      { perspective: 'raw' },
    )
    expect(hits).toEqual(['drafts.sel-c', 'sel-b'])
    const deleted = await mutate([{ delete: { query: '*[_type == "selectable"] | order(n asc)[0]' } }])
    expect(deleted.body).toMatchObject({ results: [{ id: 'sel-a', operation: 'delete' }] })
    const left = await t.client.fetch('*[_type == "selectable"]._id | order(@)', {}, { perspective: 'raw' })
    expect(left).toEqual(['drafts.sel-c', 'sel-b'])
  })

  it('reports a selection that does not parse as a 400 queryParseError', async () => {
    const response = await mutate([{ delete: { query: '*[_type == ' } }])
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ error: { type: 'queryParseError' } })
  })
})

describe('worker replicas', () => {
  it('see every write before the next query (read your writes), drafts and public alike', async () => {
    for (let i = 0; i < 5; i++) {
      await t.client.createOrReplace({ _id: `drafts.note-${i}`, _type: 'note', title: `draft ${i}` })
      await t.client.createOrReplace({ _id: `note-${i}`, _type: 'note', title: `published ${i}` })
      const raw = await t.client.fetch(
        '*[_type == "note"] | order(_id) {_id, title}',
        {},
        { perspective: 'raw' },
      )
      expect(raw).toHaveLength(2 * (i + 1))
      const drafts = await t.client.fetch(`*[_id == "note-${i}"][0].title`, {}, { perspective: 'drafts' })
      expect(drafts).toBe(`draft ${i}`)
      const anonymous = await t.anonymous.fetch('*[_type == "note"]._id')
      expect(anonymous).not.toContain(`drafts.note-${i}`)
      expect(anonymous).toContain(`note-${i}`)
    }
    await t.client.delete('note-0')
    expect(await t.anonymous.fetch('*[_id == "note-0"][0]')).toBeNull()
  })

  it('are rebuilt after a cut-off with everything written meanwhile, in the same order', async () => {
    await t.client.createOrReplace({ _id: 'film-3', _type: 'film', title: 'Film 3, edited in place' })
    const orderBefore = await t.client.fetch('*._id', {}, { perspective: 'raw' })
    const hostile = get(NESTED_SCANS, true)
    await new Promise((resolve) => setTimeout(resolve, 100))
    await t.client.createOrReplace({ _id: 'late', _type: 'late', title: 'written during a runaway query' })
    expect((await hostile).status).toBe(408)
    // The heavy worker is new now: a heavy query (two scans) runs on it.
    const result = await t.client.fetch('*[_type == "late"]{title, "films": count(*[_type == "film"])}')
    expect(result).toEqual([{ title: 'written during a runaway query', films: 120 }])
    // `*` order is first-insertion order on the main thread and in every replica (a heavy query: new worker).
    const orderAfter = await t.client.fetch('*[count(*[_id == "late"]) > 0]._id', {}, { perspective: 'raw' })
    expect(orderAfter).toEqual([...orderBefore, 'late'])
  })
})

describe('memory budget', () => {
  it('stops a query that outgrows its worker heap (400 queryMemoryLimit) and one whose JSON is too long', async () => {
    const small = await startTestLake({
      queryPool: { heapMb: 48, timeoutMs: 8_000, maxResultLength: 100_000 },
    })
    try {
      const transaction = small.client.transaction()
      for (let i = 0; i < 120; i++)
        transaction.createOrReplace({ _id: `f${i}`, _type: 'film', body: 'x'.repeat(200) })
      await transaction.commit()
      const query = '*{"a": *{"b": *{"c": *}}}'
      const response = await small.request(`${queryPath}?query=${encodeURIComponent(query)}`, { auth: false })
      expect(response.status).toBe(400)
      expect(response.body).toMatchObject({ error: { type: 'queryMemoryLimit', query } })
      const tooLong = await small.request(`${queryPath}?query=${encodeURIComponent('*{"x": *}')}`)
      expect(tooLong.status).toBe(400)
      expect(tooLong.body).toMatchObject({ error: { type: 'queryResultTooLarge' } })
      // The replaced worker answers from a replica with every document.
      expect(await small.client.fetch('count(*[_type == "film"])')).toBe(120)
    } finally {
      await small.stop()
    }
  }, 9_500)
})
