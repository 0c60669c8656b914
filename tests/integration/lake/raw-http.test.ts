// Requests Node rejects before any route runs, sent byte by byte over raw sockets: each must get a
// Sanity-shaped JSON error with the right status, and the lake must keep answering afterwards.
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestLake, type TestLake } from './lake-fixture.ts'

let t: TestLake
const BODY_IDLE_MS = 300

beforeAll(async () => {
  t = await startTestLake({ httpLimits: { bodyIdleTimeoutMs: BODY_IDLE_MS } })
})
afterAll(async () => {
  await t.stop()
})

interface RawResponse {
  status: number
  headers: Record<string, string>
  body: string
  /** The server closed the connection (rather than the test giving up). */
  closed: boolean
}

/** Writes `request` as is and collects what comes back until the server closes or `waitMs` passes. */
function rawRequest(request: string | Buffer, waitMs = 5000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(t.lake.port, '127.0.0.1')
    const chunks: Buffer[] = []
    let closed = false
    const finish = (): void => {
      clearTimeout(timer)
      const text = Buffer.concat(chunks).toString('utf8')
      const split = text.indexOf('\r\n\r\n')
      const head = split === -1 ? text : text.slice(0, split)
      const [statusLine = '', ...lines] = head.split('\r\n')
      const headers: Record<string, string> = {}
      for (const line of lines) {
        const colon = line.indexOf(':')
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim()
      }
      resolve({
        status: Number(statusLine.split(' ')[1] ?? 0),
        headers,
        body: split === -1 ? '' : text.slice(split + 4),
        closed,
      })
    }
    const timer = setTimeout(() => {
      socket.destroy()
      finish()
    }, waitMs)
    socket.on('connect', () => socket.write(request))
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      closed = true
      finish()
    })
  })
}

async function expectAlive(): Promise<void> {
  const health = await t.request('/health', { auth: false })
  expect(health.status).toBe(200)
}

function expectSanityError(response: RawResponse, status: number): void {
  expect(response.status).toBe(status)
  expect(response.headers['content-type']).toMatch(/^application\/json/)
  const body: unknown = JSON.parse(response.body)
  expect(body).toMatchObject({ statusCode: status, error: expect.any(String), message: expect.any(String) })
}

describe('errors Node raises before a route runs', () => {
  it('answers a malformed request line with a JSON 400', async () => {
    const response = await rawRequest('NOT A REQUEST\r\n\r\n')
    expectSanityError(response, 400)
    expect(response.closed).toBe(true)
    await expectAlive()
  })

  it('answers an invalid header with a JSON 400', async () => {
    const response = await rawRequest('GET /health HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n')
    expectSanityError(response, 400)
    await expectAlive()
  })

  it('answers Content-Length together with Transfer-Encoding (smuggling) with a JSON 400', async () => {
    const response = await rawRequest(
      'POST /v1/data/mutate/production HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    )
    expectSanityError(response, 400)
    await expectAlive()
  })

  it('answers oversized headers with a JSON 431', async () => {
    const response = await rawRequest(
      `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`,
    )
    expectSanityError(response, 431)
    await expectAlive()
  })

  it('answers an overlong URL with a JSON 414', async () => {
    const response = await rawRequest(`GET /health?q=${'a'.repeat(40_000)} HTTP/1.1\r\nHost: x\r\n\r\n`)
    expectSanityError(response, 414)
    await expectAlive()
  })

  it('answers a body shorter than its Content-Length with a JSON 408 and closes the connection', async () => {
    const body = '{"mutations":[{"create":{"_id":"never","_type":"x"}}]}'
    const started = Date.now()
    const response = await rawRequest(
      [
        'POST /v2025-02-19/data/mutate/production HTTP/1.1',
        'Host: x',
        `Authorization: Bearer ${t.lake.token}`,
        'Content-Type: application/json',
        `Content-Length: ${body.length + 1000}`,
        '',
        body,
      ].join('\r\n'),
    )
    expectSanityError(response, 408)
    expect(response.closed).toBe(true)
    expect(Date.now() - started).toBeLessThan(4000)
    expect(await t.client.getDocument('never')).toBeUndefined()
    await expectAlive()
  })

  it('still serves well-formed requests on the same kind of socket', async () => {
    const response = await rawRequest('GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({ status: 'ok' })
  })
})
