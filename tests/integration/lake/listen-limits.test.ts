// Listen streams under abuse: caps per client and in all (429 in Sanity's shape), a listener that stops
// reading is dropped once its unsent bytes pass the bound (not buffered without end), and listeners that
// keep reading get every event, large ones included.
import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestLake, type TestLake } from './lake-fixture.ts'
import { openSse, type SseStream } from './sse-reader.ts'

const listenPath = `/v2025-02-19/data/listen/production?query=${encodeURIComponent('*[_type == "big"]')}`
const MAX_BUFFERED = 256 * 1024

let t: TestLake

beforeAll(async () => {
  t = await startTestLake({ listenLimits: { perClient: 3, total: 5, maxBufferedBytes: MAX_BUFFERED } })
})
afterAll(async () => {
  await t.stop()
})

async function openWelcomed(auth: boolean): Promise<SseStream> {
  const stream = await openSse(
    `${t.lake.url}${listenPath}`,
    auth ? { authorization: `Bearer ${t.lake.token}` } : {},
  )
  expect(stream.status).toBe(200)
  expect((await stream.next()).event).toBe('welcome')
  return stream
}

function expectTooMany(response: { status: number; body: unknown }): void {
  expect(response.status).toBe(429)
  expect(response.body).toMatchObject({
    error: 'Too Many Requests',
    message: expect.stringMatching(/^Max listener limit exceeded at \d+/),
    statusCode: 429,
  })
}

describe('caps', () => {
  it('refuses a client past its cap and everyone past the total, and admits again once streams close', async () => {
    const anonymous = [await openWelcomed(false), await openWelcomed(false), await openWelcomed(false)]
    expectTooMany(await t.request(listenPath, { auth: false }))
    const signedIn = [await openWelcomed(true), await openWelcomed(true)]
    // 5 open: the total is reached for a client with room left too.
    expectTooMany(await t.request(listenPath))
    for (const stream of [...anonymous, ...signedIn]) stream.close()
    await new Promise((resolve) => setTimeout(resolve, 300))
    const again = await openWelcomed(false)
    again.close()
  })
})

/** A raw connection that asks for the stream and then stops reading it (its socket is paused). */
function stalledListener(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(t.lake.port, '127.0.0.1', () => {
      socket.write(
        `GET ${listenPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${t.lake.token}\r\n\r\n`,
      )
      socket.once('data', () => {
        socket.pause()
        resolve(socket)
      })
    })
    socket.once('error', reject)
  })
}

describe('send buffers', () => {
  it('drops a listener that stopped reading, and keeps serving one that reads, large events included', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300)) // the caps test's streams are gone
    const stalled = await stalledListener()
    const closed = new Promise<void>((resolve) => stalled.once('close', () => resolve()))
    const reading = await openWelcomed(true)
    const received: string[] = []
    const readAll = (async () => {
      while (received.length < 12) {
        const event = await reading.next(8_000)
        if (event.event === 'mutation' && typeof event.data === 'object' && event.data !== null) {
          if ('documentId' in event.data && typeof event.data.documentId === 'string')
            received.push(event.data.documentId)
        }
      }
    })()
    // 12 writes of a 1 MB document: each event carries it twice (result and mutations), ~24 MB in all,
    // far past what the kernel's socket buffers absorb for the stalled reader.
    const body = 'x'.repeat(1_000_000)
    for (let i = 0; i < 12; i++) await t.client.createOrReplace({ _id: `big-${i}`, _type: 'big', body })
    await readAll
    expect(received).toEqual(Array.from({ length: 12 }, (_, i) => `big-${i}`))
    stalled.resume() // read what the kernel held: the server has ended the connection
    await closed
    reading.close()
  }, 9_000)
})
