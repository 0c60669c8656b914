// GROQ over HTTP: params, perspectives, envelopes and Sanity-shaped errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caught, clientFor, startTestLake, type TestLake } from './lake-fixture.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
  await t.client
    .transaction()
    .createOrReplace({ _id: 'review-1', _type: 'review', title: 'Published title', rating: 4 })
    .createOrReplace({ _id: 'drafts.review-1', _type: 'review', title: 'Draft title', rating: 5 })
    .createOrReplace({ _id: 'drafts.review-2', _type: 'review', title: 'Only a draft', rating: 3 })
    .commit()
})
afterAll(async () => {
  await t.stop()
})

describe('query', () => {
  it('binds $params sent in the query string', async () => {
    const result = await t.client.fetch('*[_type == $type && rating >= $min].title', {
      type: 'review',
      min: 4,
    })
    expect(result).toEqual(['Published title'])
  })

  it('answers POSTed queries (long queries go by POST)', async () => {
    const padding = ' '.repeat(12_000)
    const result = await t.client.fetch(`*[_id == $id][0].title${padding}`, { id: 'review-1' })
    expect(result).toBe('Published title')
  })

  it('wraps results in {query, result, ms} and honours returnQuery=false', async () => {
    const response = await t.request('/v2025-02-19/data/query/production?query=count(*)&perspective=raw')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      query: 'count(*)',
      result: 3,
      syncTags: expect.arrayContaining([expect.stringMatching(/^s1:/)]),
      ms: expect.any(Number),
    })
    const short = await t.request(
      '/v2025-02-19/data/query/production?query=count(*)&perspective=raw&returnQuery=false',
    )
    expect(short.body).toEqual({ result: 3, syncTags: expect.any(Array), ms: expect.any(Number) })
  })

  it('defaults to the published perspective from API v2025-02-19, raw before it', async () => {
    expect(await t.client.fetch('count(*[_type == "review"])')).toBe(1)
    expect(await clientFor(t.lake.url, t.lake.token, '2021-10-21').fetch('count(*[_type == "review"])')).toBe(
      3,
    )
  })

  it('supports raw, published and drafts perspectives, with _originalId outside raw', async () => {
    const query = '*[_type == "review"] | order(_id){_id, _originalId, title}'
    expect(await t.client.fetch(query, {}, { perspective: 'raw' })).toEqual([
      { _id: 'drafts.review-1', _originalId: null, title: 'Draft title' },
      { _id: 'drafts.review-2', _originalId: null, title: 'Only a draft' },
      { _id: 'review-1', _originalId: null, title: 'Published title' },
    ])
    expect(await t.client.fetch(query, {}, { perspective: 'published' })).toEqual([
      { _id: 'review-1', _originalId: 'review-1', title: 'Published title' },
    ])
    expect(await t.client.fetch(query, {}, { perspective: 'drafts' })).toEqual([
      { _id: 'review-1', _originalId: 'drafts.review-1', title: 'Draft title' },
      { _id: 'review-2', _originalId: 'drafts.review-2', title: 'Only a draft' },
    ])
  })

  it('reads its own writes immediately', async () => {
    await t.client.createOrReplace({ _id: 'fresh', _type: 'note', n: 1 })
    expect(await t.client.fetch('*[_id == "fresh"][0].n')).toBe(1)
  })
})

describe('query errors', () => {
  it('reports a GROQ parse error as 400 with its position', async () => {
    const response = await t.request(
      `/v2025-02-19/data/query/production?query=${encodeURIComponent('*[_type == ]')}`,
    )
    expect(response.status).toBe(400)
    expect(response.body).toEqual({
      error: {
        type: 'queryParseError',
        description: expect.any(String),
        query: '*[_type == ]',
        start: expect.any(Number),
        end: expect.any(Number),
      },
    })
    const error = await caught(() => t.client.fetch('*[_type == ]'))
    expect(error.statusCode).toBe(400)
    expect(error.message).toContain('GROQ query parse error')
  })

  it('rejects a parameter that is not JSON', async () => {
    const response = await t.request('/v2025-02-19/data/query/production?query=$a&%24a=notjson')
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ error: 'Bad Request', message: expect.stringContaining('$a') })
  })

  it('rejects a missing query and a malformed perspective', async () => {
    expect((await t.request('/v2025-02-19/data/query/production')).status).toBe(400)
    // Any release name is a perspective (`everything` is one); these are not.
    for (const perspective of ['every%20thing!', 'raw,drafts']) {
      const bad = await t.request(`/v2025-02-19/data/query/production?query=1&perspective=${perspective}`)
      expect(bad.status).toBe(400)
    }
  })

  it('reports a referenced but missing parameter as 400', async () => {
    const error = await caught(() => t.client.fetch('*[_id == $missing]'))
    expect(error.statusCode).toBe(400)
  })

  it('answers 404 for an unknown dataset', async () => {
    const response = await t.request('/v2025-02-19/data/query/nowhere?query=1')
    expect(response.status).toBe(404)
    expect(response.body).toEqual({
      error: 'Not Found',
      message: 'Dataset "nowhere" not found for project ID "local"',
      statusCode: 404,
    })
    const error = await caught(() => t.client.withConfig({ dataset: 'nowhere' }).fetch('1'))
    expect(error.statusCode).toBe(404)
  })

  it('answers 400 for a malformed dataset name', async () => {
    expect((await t.request('/v2025-02-19/data/query/Bad%20Name?query=1')).status).toBe(400)
  })
})

describe('doc endpoint', () => {
  it('returns documents in order and lists missing ids as omitted', async () => {
    const response = await t.request('/v2025-02-19/data/doc/production/review-1,drafts.review-1,ghost')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      documents: [
        expect.objectContaining({ _id: 'review-1' }),
        expect.objectContaining({ _id: 'drafts.review-1' }),
      ],
      omitted: [{ id: 'ghost', reason: 'existence' }],
    })
  })

  it('returns only identity fields with excludeContent=true', async () => {
    const response = await t.request('/v2025-02-19/data/doc/production/review-1,ghost?excludeContent=true')
    expect(response.body).toEqual({
      documents: [{ _id: 'review-1', _type: 'review', _rev: expect.any(String) }],
      omitted: [{ id: 'ghost', reason: 'existence' }],
    })
  })

  it('answers 404 for an unknown dataset', async () => {
    expect((await t.request('/v2025-02-19/data/doc/nowhere/a')).status).toBe(404)
  })
})
