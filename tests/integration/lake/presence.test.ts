// Presence over the Studio's bifur websocket, with real `ws` clients: over TLS (as the browser) and plain HTTP.
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { rootTokenVerifier } from '#sanity/lake/http/auth.ts'
import { PresenceHub } from '#sanity/lake/presence/presence-hub.ts'
import { createPresenceServer } from '#sanity/lake/presence/presence-server.ts'
import { loopbackLookup } from './h2-client.ts'
import { startTestLake, type TestLake } from './lake-fixture.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
})

afterAll(async () => {
  await lake?.stop()
})

interface RpcMessage {
  id?: string
  result?: unknown
  error?: { code: number; message: string }
  method?: string
  params?: { subscription: string; result: Record<string, unknown> }
}

/** A bifur client as small as a test needs: JSON-RPC calls by id, and the subscription events received. */
class BifurTestClient {
  readonly events: Record<string, unknown>[] = []
  readonly #messages: RpcMessage[] = []
  readonly #waiters = new Set<() => void>()
  #nextId = 0

  readonly ws: WebSocket

  constructor(ws: WebSocket) {
    this.ws = ws
    ws.on('message', (data) => {
      const text = data.toString()
      if (text === '\u2665') return
      const message: RpcMessage = JSON.parse(text)
      this.#messages.push(message)
      if (message.method === 'presence_subscription' && message.params)
        this.events.push(message.params.result)
      for (const waiter of this.#waiters) waiter()
    })
  }

  static open(url: string, options: WebSocket.ClientOptions = {}): Promise<BifurTestClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { ca: lake.lake.caCertPem, lookup: loopbackLookup, ...options })
      const client = new BifurTestClient(ws)
      ws.once('open', () => resolve(client))
      ws.once('error', reject)
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
    })
  }

  until<T>(check: () => T | undefined, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 5000)
      const test = () => {
        const value = check()
        if (value === undefined) return
        clearTimeout(timer)
        this.#waiters.delete(test)
        resolve(value)
      }
      this.#waiters.add(test)
      test()
    })
  }

  async call(method: string, params: Record<string, unknown> = {}): Promise<RpcMessage> {
    const id = `req-${this.#nextId++}`
    this.ws.send(JSON.stringify({ jsonrpc: '2.0', method, params: { ...params, apiVersion: 'v1' }, id }))
    return this.until(() => this.#messages.find((message) => message.id === id), `a reply to ${method}`)
  }

  event(type: string): Promise<Record<string, unknown>> {
    return this.until(() => this.events.find((event) => event.type === type), `a ${type} event`)
  }

  closed(): Promise<{ code: number; reason: string }> {
    return new Promise((resolve) =>
      this.ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    )
  }
}

const socketPath = '/v2022-06-30/socket/production?tag=sanity.studio'

async function signedIn(origin: string): Promise<BifurTestClient> {
  const client = await BifurTestClient.open(`${origin}${socketPath}`)
  expect((await client.call('authorization', { authorization: `Bearer ${lake.lake.token}` })).result).toBe(
    true,
  )
  expect(typeof (await client.call('presence_subscribe')).result).toBe('string')
  return client
}

describe('presence', () => {
  it('relays rollcall, state and disconnect between two sessions of a dataset', async () => {
    const studioOrigin = `wss://local.localhost:${lake.lake.port}`
    const alice = await signedIn(studioOrigin)
    const bob = await signedIn(lake.lake.url.replace(/^http/, 'ws'))

    await alice.call('presence_rollcall', { session: 'alice-session' })
    expect(await bob.event('rollCall')).toEqual({
      type: 'rollCall',
      i: 'lake-admin',
      session: 'alice-session',
    })

    const locations = [
      { type: 'document', documentId: 'story-1', path: ['title'], lastActiveAt: '2026-12-01T00:00:00Z' },
    ]
    await bob.call('presence_announce', { data: { sessionId: 'bob-session', locations } })
    expect(await alice.event('state')).toEqual({
      type: 'state',
      i: 'lake-admin',
      m: { sessionId: 'bob-session', locations },
    })
    // Nobody hears their own messages back.
    expect(alice.events.some((event) => event.type === 'rollCall')).toBe(false)

    // Bob leaves without saying goodbye: Alice still learns that his session is gone.
    bob.ws.terminate()
    expect(await alice.event('disconnect')).toEqual({
      type: 'disconnect',
      i: 'lake-admin',
      m: { session: 'bob-session' },
    })
    alice.ws.close()
  })

  it('keeps datasets apart', async () => {
    lake.lake.store.createDataset('staging')
    const onProduction = await signedIn(lake.lake.url.replace(/^http/, 'ws'))
    const onStaging = await BifurTestClient.open(
      `${lake.lake.url.replace(/^http/, 'ws')}/v2022-06-30/socket/staging`,
    )
    await onStaging.call('authorization', { authorization: `Bearer ${lake.lake.token}` })
    await onStaging.call('presence_rollcall', { session: 'staging-session' })
    await onProduction.call('presence_rollcall', { session: 'production-session' })
    expect(onProduction.events).toEqual([])
    onProduction.ws.close()
    onStaging.ws.close()
  })

  it('refuses anonymous sessions and wrong tokens', async () => {
    const anonymous = await BifurTestClient.open(`wss://localhost:${lake.lake.port}${socketPath}`)
    const anonymousClosed = anonymous.closed()
    expect((await anonymous.call('presence_subscribe')).error?.code).toBe(4001)
    expect((await anonymousClosed).code).toBe(4001)

    const impostor = await BifurTestClient.open(`wss://localhost:${lake.lake.port}${socketPath}`)
    const impostorClosed = impostor.closed()
    expect((await impostor.call('authorization', { authorization: 'Bearer wrong' })).error?.code).toBe(4001)
    expect((await impostorClosed).code).toBe(4001)

    await expect(
      BifurTestClient.open(`wss://localhost:${lake.lake.port}${socketPath}`, {
        headers: { authorization: 'Bearer wrong' },
      }),
    ).rejects.toThrow('HTTP 401')
  })

  it('accepts a token in the Authorization header of the upgrade', async () => {
    const client = await BifurTestClient.open(`wss://localhost:${lake.lake.port}${socketPath}`, {
      headers: { authorization: `Bearer ${lake.lake.token}` },
    })
    expect(typeof (await client.call('presence_subscribe')).result).toBe('string')
    client.ws.close()
  })

  it('answers bad requests with errors, not crashes', async () => {
    await expect(
      BifurTestClient.open(`wss://localhost:${lake.lake.port}/v2022-06-30/socket/nope`),
    ).rejects.toThrow('HTTP 404')
    await expect(
      BifurTestClient.open(`wss://localhost:${lake.lake.port}/v2022-06-30/data/query/production`),
    ).rejects.toThrow('HTTP 404')
    await expect(
      BifurTestClient.open(`wss://localhost:${lake.lake.port}/vbad/socket/production`),
    ).rejects.toThrow('HTTP 400')
    // A page on another origin may not even open the socket (browsers always send Origin).
    await expect(
      BifurTestClient.open(`wss://localhost:${lake.lake.port}${socketPath}`, {
        origin: 'https://evil.example',
      }),
    ).rejects.toThrow('HTTP 403')
    const studio = await BifurTestClient.open(`wss://localhost:${lake.lake.port}${socketPath}`, {
      origin: 'http://localhost:3000',
    })
    studio.ws.close()

    const client = await signedIn(`wss://localhost:${lake.lake.port}`)
    expect((await client.call('presence_teleport')).error?.code).toBe(-32601)
    expect((await client.call('presence_announce', { data: { sessionId: 42 } })).error?.code).toBe(-32602)
    const closed = client.closed()
    client.ws.send('x'.repeat(70 * 1024))
    expect((await closed).code).toBe(1009)
    expect((await lake.request('/health')).status).toBe(200)
  })
})

describe('dead sockets', () => {
  it('are dropped when they stop answering pings, and the others hear that their sessions left', async () => {
    const presence = createPresenceServer({
      store: lake.lake.store,
      verifyToken: rootTokenVerifier('ping-token'),
      pingIntervalMs: 50,
    })
    const server = createServer((_req, res) => res.end())
    server.on('upgrade', presence.handleUpgrade)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    const origin = `ws://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`
    const headers = { authorization: 'Bearer ping-token' }
    try {
      const silent = await BifurTestClient.open(`${origin}${socketPath}`, { headers, autoPong: false })
      const lively = await BifurTestClient.open(`${origin}${socketPath}`, { headers })
      await lively.call('presence_subscribe')
      await silent.call('presence_announce', { data: { sessionId: 'silent-session', locations: [] } })
      expect((await silent.closed()).code).toBe(1006)
      expect(await lively.event('disconnect')).toMatchObject({ m: { session: 'silent-session' } })
      expect(lively.ws.readyState).toBe(WebSocket.OPEN)
      expect(presence.hub.size('production')).toBe(1)
      lively.ws.close()
    } finally {
      presence.close()
      server.close()
    }
  })
})

describe('the presence hub', () => {
  it('bounds sessions per dataset and in total', () => {
    const hub = new PresenceHub({ perDataset: 2, total: 3 })
    const peer = (dataset: string) => ({ dataset, deliver: () => {} })
    const first = peer('a')
    expect(hub.join(first)).toBe(true)
    expect(hub.join(peer('a'))).toBe(true)
    expect(hub.join(peer('a'))).toBe(false)
    expect(hub.join(peer('b'))).toBe(true)
    expect(hub.join(peer('c'))).toBe(false)
    hub.leave(first)
    expect(hub.join(peer('c'))).toBe(true)
    expect(hub.size()).toBe(3)
  })
})
