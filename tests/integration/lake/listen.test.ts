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

  it('refuses a missing query, a malformed one and an unknown dataset, in Sanity shape', async () => {
    const missing = await lake.request('/v2025-02-19/data/listen/production')
    expect(missing).toMatchObject({ status: 400, body: { error: 'Bad Request' } })
    const malformed = await lake.request(
      `/v2025-02-19/data/listen/production?query=${encodeURIComponent('*[')}`,
    )
    expect(malformed.status).toBe(400)
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
