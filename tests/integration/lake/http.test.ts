// The HTTP surface around the endpoints: CORS, versions, routing, body limits, health.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JSON_BODY_LIMIT } from '#sanity/lake/http/body.ts'
import { startTestLake, type TestLake } from './lake-fixture.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(async () => {
  await t.stop()
})

const mutatePath = '/v2025-02-19/data/mutate/production'
const json = { 'content-type': 'application/json' }

describe('CORS', () => {
  it('answers a preflight from the Studio origin with 204, the echoed origin and credentials', async () => {
    const response = await t.request('/v2025-02-19/data/query/production', {
      method: 'OPTIONS',
      auth: false,
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, x-sanity-app, content-type, x-sanity-project-id',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    const allowed = response.headers.get('access-control-allow-headers') ?? ''
    for (const header of ['authorization', 'content-type', 'x-sanity-app', 'x-sanity-project-id']) {
      expect(allowed).toContain(header)
    }
  })

  it('echoes an allowed Studio origin on ordinary responses too', async () => {
    const response = await t.request('/health', { headers: { origin: 'http://localhost:3000' } })
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
  })
})

describe('routing', () => {
  it('serves health at / and /health', async () => {
    for (const path of ['/', '/health']) {
      const response = await t.request(path, { auth: false })
      expect(response.status).toBe(200)
      expect(response.body).toMatchObject({ status: 'ok' })
    }
  })

  it('accepts v1, vX and dated versions and rejects malformed ones with 400', async () => {
    await t.client.createOrReplace({ _id: 'v', _type: 'x' })
    for (const version of ['v1', 'vX', 'v2021-06-07']) {
      expect((await t.request(`/${version}/data/doc/production/v`)).status).toBe(200)
    }
    for (const version of ['v2', 'v2025-13-01', 'v2025-02-30', 'vlatest']) {
      const response = await t.request(`/${version}/data/doc/production/v`)
      expect(response.status).toBe(400)
      expect(response.body).toMatchObject({ error: 'Bad Request', statusCode: 400 })
    }
  })

  it('answers 404 for unknown routes and 405 for a wrong method', async () => {
    const unknown = await t.request('/v2025-02-19/data/nothing/production')
    expect(unknown.status).toBe(404)
    expect(unknown.body).toMatchObject({ error: 'Not Found', statusCode: 404 })
    expect((await t.request('/elsewhere')).status).toBe(404)
    const wrongMethod = await t.request('/v2025-02-19/data/mutate/production')
    expect(wrongMethod.status).toBe(405)
  })
})

describe('request bodies', () => {
  it('rejects a body over the limit with 413', async () => {
    const big = JSON.stringify({ mutations: [{ create: { _type: 'x', blob: 'a'.repeat(JSON_BODY_LIMIT) } }] })
    const response = await t.request(mutatePath, { method: 'POST', headers: json, body: big })
    expect(response.status).toBe(413)
    expect(response.body).toMatchObject({ error: 'Payload Too Large', statusCode: 413 })
  })

  it('rejects invalid JSON, an empty body and a non-JSON content type with 400', async () => {
    expect(
      (await t.request(mutatePath, { method: 'POST', headers: json, body: '{"mutations": [' })).status,
    ).toBe(400)
    expect((await t.request(mutatePath, { method: 'POST', headers: json, body: '' })).status).toBe(400)
    const form = await t.request(mutatePath, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'mutations=1',
    })
    expect(form.status).toBe(400)
    expect((await t.request(mutatePath, { method: 'POST', headers: json, body: '[1,2]' })).status).toBe(400)
    expect((await t.request(mutatePath, { method: 'POST', headers: json, body: 'null' })).status).toBe(400)
  })

  it('never answers a client mistake with a 500', async () => {
    const bodies = [
      '"text"',
      '{"mutations": null}',
      '{"mutations": [null]}',
      '{"mutations": [{"patch": null}]}',
      '{"mutations": [{"delete": {"query": "*[", "params": 1}}]}',
      '{"mutations": [{"delete": {"query": "*["}}]}',
      '{"mutations": [{"patch": {"id": "a", "insert": {"before": "x"}}}]}',
      '{"mutations": [], "transactionId": 5}',
      '{"mutations": [{"create": {"_type": "x"}}], "transactionId": "bad id"}',
    ]
    for (const body of bodies) {
      const response = await t.request(mutatePath, { method: 'POST', headers: json, body })
      expect(response.status, body).toBeGreaterThanOrEqual(400)
      expect(response.status, body).toBeLessThan(500)
    }
    for (const path of [
      '/v2025-02-19/data/doc/production/%E0%A4%A',
      '/v2025-02-19/data/query/production?query=%00',
      '/v2025-02-19/data/query/production?query=1&returnQuery=maybe',
      '/v2025-02-19/data/query/production?query=*[_type==$t]&$t=',
    ]) {
      const response = await t.request(path)
      expect(response.status, path).toBeLessThan(500)
    }
  })
})
