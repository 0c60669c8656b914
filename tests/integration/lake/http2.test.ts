// The router is a plain (req, res) handler: it must serve http2's compatibility API as well as node:http,
// since the Studio needs HTTP/2 (see shared/studio-contract). This drives it over cleartext h2.
import { mkdtempSync, rmSync } from 'node:fs'
import { connect, createServer, type Http2Server } from 'node:http2'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { rootTokenVerifier } from '#sanity/lake/http/auth.ts'
import { createLakeHandler } from '#sanity/lake/http/router.ts'
import { LakeStore } from '#sanity/lake/store/lake-store.ts'

let store: LakeStore
let server: Http2Server
let origin: string
const dataDir = mkdtempSync(join(tmpdir(), 'marquee-lake-h2-'))

beforeAll(async () => {
  store = LakeStore.open(dataDir)
  server = createServer(
    createLakeHandler({ store, verifyToken: rootTokenVerifier('h2-token'), log: () => {} }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || address === null) throw new Error('no address')
  origin = `http://127.0.0.1:${(address satisfies AddressInfo).port}`
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  store.close()
  rmSync(dataDir, { recursive: true, force: true })
})

function h2Request(
  path: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const session = connect(origin)
    session.on('error', reject)
    const stream = session.request({ ':method': init.method ?? 'GET', ':path': path, ...init.headers })
    let status = 0
    let body = ''
    stream.on('response', (headers) => {
      status = Number(headers[':status'])
    })
    stream.on('data', (chunk: Buffer) => {
      body += chunk.toString()
    })
    stream.on('end', () => {
      session.close()
      resolve({ status, body })
    })
    stream.end(init.body)
  })
}

it('serves mutate, query, errors and preflights over HTTP/2', async () => {
  const auth = { authorization: 'Bearer h2-token', 'content-type': 'application/json' }
  const write = await h2Request('/v2025-02-19/data/mutate/production', {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ mutations: [{ create: { _id: 'h2', _type: 'x', ok: true } }] }),
  })
  expect(write.status).toBe(200)
  const read = await h2Request('/v2025-02-19/data/query/production?query=*[_id=="h2"][0].ok')
  expect(JSON.parse(read.body)).toMatchObject({ result: true })
  const tooBig = await h2Request('/v2025-02-19/data/mutate/production', {
    method: 'POST',
    headers: auth,
    body: 'x'.repeat(5 * 1024 * 1024),
  })
  expect(tooBig.status).toBe(413)
  const preflight = await h2Request('/v2025-02-19/data/query/production', {
    method: 'OPTIONS',
    headers: { origin: 'http://localhost:3000' },
  })
  expect(preflight.status).toBe(204)
})
