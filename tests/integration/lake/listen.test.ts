// The listener endpoint the Studio keeps open: a welcome event first, the stream held open, and a lake
// that still closes while streams are open.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestLake, type TestLake } from './lake-fixture.ts'

let lake: TestLake

beforeEach(async () => {
  lake = await startTestLake()
})

afterEach(async () => {
  await lake.stop()
})

async function openStream(
  path: string,
  signal?: AbortSignal,
): Promise<{ response: Response; first: string }> {
  const response = await fetch(`${lake.lake.url}${path}`, {
    headers: { authorization: `Bearer ${lake.lake.token}` },
    signal,
  })
  const reader = response.body?.getReader()
  if (!reader) throw new Error('no body')
  const chunk = await reader.read()
  reader.releaseLock()
  return { response, first: new TextDecoder().decode(chunk.value) }
}

describe('data/listen', () => {
  it('starts with a welcome event carrying a listener name', async () => {
    const controller = new AbortController()
    const query = encodeURIComponent('*[_type == "review"]')
    const { response, first } = await openStream(
      `/v2025-02-19/data/listen/production?query=${query}&includeAllVersions=true&visibility=query`,
      controller.signal,
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    expect(first).toMatch(/^event: welcome\ndata: \{"listenerName":"[A-Za-z0-9_-]+"\}\n\n/)
    controller.abort()
  })

  it('works with @sanity/client listen()', async () => {
    const welcome = await new Promise<unknown>((resolve, reject) => {
      const subscription = lake.client
        .listen('*[_id in $ids]', { ids: ['a'] }, { events: ['welcome'], includeResult: false })
        .subscribe({
          next: (event) => {
            subscription.unsubscribe()
            resolve(event)
          },
          error: reject,
        })
    })
    expect(welcome).toMatchObject({ type: 'welcome', listenerName: expect.any(String) })
  })

  it('sends a mutation event to @sanity/client when a selected document changes', async () => {
    const event = new Promise<unknown>((resolve, reject) => {
      const subscription = lake.client
        .listen(
          '*[_type == $type]',
          { type: 'review' },
          { events: ['welcome', 'mutation'], effectFormat: 'mendoza' },
        )
        .subscribe({
          next: (message) => {
            if (message.type === 'welcome') {
              lake.client.create({ _id: 'review-x', _type: 'review', title: 'X' }).catch(reject)
              return
            }
            if (message.type !== 'mutation') return
            subscription.unsubscribe()
            resolve(message)
          },
          error: reject,
        })
    })
    expect(await event).toMatchObject({
      type: 'mutation',
      documentId: 'review-x',
      transition: 'appear',
      identity: 'lake-admin',
      result: { _id: 'review-x', title: 'X' },
      effects: { apply: [0, { _id: 'review-x', title: 'X' }], revert: [0, null] },
    })
  })

  it('does not tell anonymous listeners about drafts', async () => {
    const controller = new AbortController()
    const response = await fetch(
      `${lake.lake.url}/v2025-02-19/data/listen/production?query=${encodeURIComponent('*[_type == "review"]')}`,
      { signal: controller.signal },
    )
    const reader = response.body?.getReader()
    if (!reader) throw new Error('no body')
    await reader.read() // welcome
    await lake.client.create({ _id: 'drafts.review-secret', _type: 'review', title: 'Secret' })
    await lake.client.create({ _id: 'review-public', _type: 'review', title: 'Public' })
    let text = ''
    while (!text.includes('review-public')) {
      const chunk = await reader.read()
      if (chunk.done) break
      text += new TextDecoder().decode(chunk.value)
    }
    expect(text).toContain('"documentId":"review-public"')
    expect(text).not.toContain('review-secret')
    controller.abort()
  })

  it('refuses a missing query, a malformed one and an unknown dataset, in Sanity shape', async () => {
    const missing = await lake.request('/v2025-02-19/data/listen/production')
    expect(missing).toMatchObject({ status: 400, body: { error: 'Bad Request' } })
    const malformed = await lake.request(
      `/v2025-02-19/data/listen/production?query=${encodeURIComponent('*[')}`,
    )
    // A malformed query is a channelError event on a 200 stream, as Sanity answers (see listen-history tests).
    expect(malformed.status).toBe(200)
    expect(malformed.body).toContain('event: channelError')
    const unknown = await lake.request(`/v2025-02-19/data/listen/nope?query=${encodeURIComponent('*')}`)
    expect(unknown.status).toBe(404)
  })

  it('lets the lake close while streams are open, ending them', async () => {
    const streams = await Promise.all(
      [1, 2, 3].map(() => openStream(`/v2025-02-19/data/listen/production?query=${encodeURIComponent('*')}`)),
    )
    await lake.lake.close()
    for (const { response } of streams) {
      const reader = response.body?.getReader()
      // The rest of the stream ends (cleanly or cut): it does not hang.
      const rest = await reader?.read().catch(() => ({ done: true }))
      expect(rest?.done).toBe(true)
    }
  })
})
