// Resume as @sanity/client does it: the connection drops (a loopback proxy cuts it), the client's
// EventSource reconnects with Last-Event-ID, and the lake answers `welcomeback` plus what was missed.
import { connect, createServer, type Server, type Socket } from 'node:net'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { clientFor, startTestLake, type TestLake } from './lake-fixture.ts'

let lake: TestLake
let proxy: Server
const sockets = new Set<Socket>()

/** Forwards loopback connections to the lake; `cut()` drops every open one, like a network blip. */
async function startProxy(port: number): Promise<{ url: string; cut: () => void }> {
  proxy = createServer((client) => {
    const upstream = connect(port, '127.0.0.1')
    sockets.add(client).add(upstream)
    client.pipe(upstream).pipe(client)
    const drop = () => {
      client.destroy()
      upstream.destroy()
    }
    client.on('error', drop).on('close', drop)
    upstream.on('error', drop).on('close', drop)
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const address = proxy.address()
  const proxyPort = typeof address === 'object' && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    cut: () => {
      for (const socket of sockets) socket.destroy()
      sockets.clear()
    },
  }
}

beforeEach(async () => {
  lake = await startTestLake()
})

afterEach(async () => {
  for (const socket of sockets) socket.destroy()
  await new Promise((resolve) => proxy?.close(resolve))
  await lake.stop()
})

it('resumes a @sanity/client listener after a dropped connection, replaying the missed mutation', async () => {
  const { url, cut } = await startProxy(lake.lake.port)
  const client = clientFor(url, lake.lake.token)
  const seen: string[] = []
  let missedRev = ''
  const done = new Promise<void>((resolve, reject) => {
    const subscription = client
      .listen(
        '*[_type == "film"]',
        {},
        {
          enableResume: true,
          events: ['welcome', 'welcomeback', 'reset', 'mutation'],
          effectFormat: 'mendoza',
        },
      )
      .subscribe({
        next: (event) => {
          seen.push(event.type === 'mutation' ? `mutation:${event.transactionId}` : event.type)
          if (event.type === 'welcome') {
            lake.client.create({ _id: 'film-r1', _type: 'film', title: 'Seen live' }).catch(reject)
          } else if (event.type === 'mutation' && seen.length === 2) {
            cut()
            lake.client
              .create({ _id: 'film-r2', _type: 'film', title: 'Missed while away' })
              .then((doc) => {
                missedRev = doc._rev
              })
              .catch(reject)
          } else if (event.type === 'mutation' && seen.length > 2) {
            subscription.unsubscribe()
            resolve()
          }
        },
        error: reject,
      })
  })
  await done
  expect(seen).toEqual(['welcome', seen[1], 'welcomeback', `mutation:${missedRev}`])
  expect(seen[1]).toMatch(/^mutation:/)
}, 10_000)
