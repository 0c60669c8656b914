// The site's relay of the lake's live events (lib/live/live-proxy.ts), served by a plain node:http server as
// Next would serve the route handler, and read by @sanity/client's own `client.live.events()` configured as
// `<SanityLive />` configures it in the browser (lib/live/live-client.ts).

import type { ServerResponse } from 'node:http'
import { createServer, type Server } from 'node:http'
import type { LiveEvent } from '@sanity/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseEnv, type SanityEnv } from '#lib/env.ts'
import { liveBrowserClient } from '#lib/live/live-client.ts'
import { createLiveProxy } from '#lib/live/live-proxy.ts'
import { startTestLake, type TestLake } from '../lake/lake-fixture.ts'
import { openSse } from '../lake/sse-reader.ts'

let lake: TestLake
let site: Server
let siteUrl: string
let env: SanityEnv

async function pump(reader: ReadableStreamDefaultReader<Uint8Array>, res: ServerResponse): Promise<void> {
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      res.write(value)
    }
    res.end()
  } catch {
    res.destroy()
  }
}

/** Serves the route handler over node:http, streaming its body like Next does. */
async function serveSite(handler: (request: Request) => Promise<Response>): Promise<string> {
  site = createServer((req, res) => {
    const controller = new AbortController()
    res.on('close', () => controller.abort())
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value)
    handler(new Request(`http://${req.headers.host}${req.url}`, { headers, signal: controller.signal }))
      .then((response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers))
        if (!response.body) res.end()
        else return pump(response.body.getReader(), res)
      })
      .catch(() => res.destroy())
  })
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  const address = site.address()
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
}

beforeEach(async () => {
  lake = await startTestLake()
  await lake.client.create({ _id: 'film-alien', _type: 'film', title: 'Alien' })
  siteUrl = await serveSite((request) => createLiveProxy({ env: () => env })(request))
  env = parseEnv({ LAKE_URL: lake.lake.url, NEXT_PUBLIC_SITE_URL: siteUrl })
})

afterEach(async () => {
  site.closeAllConnections()
  await new Promise((resolve) => site.close(resolve))
  await lake.stop()
})

const eventsPath = '/api/live/v2025-02-19/data/live/events/production'

describe('the site relays live events from the lake', () => {
  it("@sanity/client's live.events() through the site hears published changes, never drafts", async () => {
    const client = liveBrowserClient(env)
    expect(client.config().apiHost).toBe(`${siteUrl}/api/live`)
    const events: LiveEvent[] = []
    const subscription = client.live.events().subscribe((event) => events.push(event))
    await expect.poll(() => events.map((event) => event.type)).toContain('welcome')

    await lake.client.create({ _id: 'drafts.film-alien', _type: 'film', title: 'Draft' })
    const published = await lake.client.patch('film-alien').set({ title: 'Alien (1979)' }).commit()
    await expect.poll(() => events.filter((event) => event.type === 'message')).toHaveLength(1)
    expect(events.find((event) => event.type === 'message')).toMatchObject({ id: published._rev })
    subscription.unsubscribe()
  })

  it('answers with an event stream any origin may read, and forwards Last-Event-ID', async () => {
    const stream = await openSse(`${siteUrl}${eventsPath}`, { 'last-event-id': 'unknown-event' })
    expect(stream.status).toBe(200)
    expect((await stream.next()).event).toBe('welcome')
    expect((await stream.next()).event).toBe('restart')
    stream.close()
    const response = await fetch(`${siteUrl}${eventsPath}`)
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    await response.body?.cancel()
  })

  it('refuses drafts, other datasets and other paths', async () => {
    const drafts = await fetch(`${siteUrl}${eventsPath}?includeDrafts=true`)
    expect(drafts.status).toBe(403)
    expect(await drafts.json()).toMatchObject({ statusCode: 403 })
    expect((await fetch(`${siteUrl}/api/live/v2025-02-19/data/live/events/staging`)).status).toBe(404)
    expect((await fetch(`${siteUrl}/api/live/v2025-02-19/data/query/production?query=*`)).status).toBe(404)
  })

  it('is a 404 with hosted Sanity, and a 502 when the lake is down', async () => {
    env = parseEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', NEXT_PUBLIC_SANITY_DATASET: 'production' })
    expect((await fetch(`${siteUrl}${eventsPath}`)).status).toBe(404)
    env = parseEnv({ LAKE_URL: 'http://127.0.0.1:9', NEXT_PUBLIC_SITE_URL: siteUrl })
    const down = await fetch(`${siteUrl}${eventsPath}`)
    expect(down.status).toBe(502)
    expect(await down.json()).toMatchObject({ statusCode: 502 })
  })
})
