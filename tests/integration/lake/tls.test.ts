// The lake's transport on one port: HTTP/2 over TLS for browsers (the lake's own CA as the only trust root), plain
// HTTP for servers, and a CA that can only ever vouch for this machine.
import { X509Certificate } from 'node:crypto'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { get as httpGet } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer as createTlsServer, connect as tlsConnect } from 'node:tls'
import { AsnConvert } from '@peculiar/asn1-schema'
import { NameConstraints } from '@peculiar/asn1-x509'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { keepCertificateFresh } from '#sanity/lake/tls/certificate-renewal.ts'
import { issueServerCertificate } from '#sanity/lake/tls/certificates.ts'
import { createDualProtocolServer } from '#sanity/lake/tls/dual-protocol-server.ts'
import {
  CA_CERT_FILE,
  CA_KEY_FILE,
  ensureTlsMaterial,
  SERVER_CERT_FILE,
  SERVER_KEY_FILE,
  tlsDir,
} from '#sanity/lake/tls/tls-material.ts'
import { h2Get, openSession } from './h2-client.ts'
import { startTestLake, type TestLake } from './lake-fixture.ts'

let lake: TestLake
const DAY_MS = 24 * 60 * 60 * 1000

beforeAll(async () => {
  lake = await startTestLake()
})

afterAll(async () => {
  await lake?.stop()
})

function alpn(port: number, protocols: string[], ca: string): Promise<string | false> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect(
      { host: '127.0.0.1', port, servername: 'localhost', ALPNProtocols: protocols, ca },
      () => {
        resolve(socket.alpnProtocol ?? false)
        socket.end()
      },
    )
    socket.on('error', reject)
  })
}

describe('one port, two protocols', () => {
  it('answers /health and a query over HTTP/2 with the lake CA as the only trust root', async () => {
    const session = await openSession(lake.lake.secureUrl, lake.lake.caCertPem)
    try {
      expect(session.alpnProtocol).toBe('h2')
      const health = await h2Get(session, '/health')
      expect(health.status).toBe(200)
      expect(JSON.parse(health.body)).toMatchObject({ status: 'ok' })
      await lake.client.create({ _id: 'tls-doc', _type: 'note', title: 'over h2' })
      const query = await h2Get(
        session,
        `/v2025-02-19/data/query/production?query=${encodeURIComponent('*[_id=="tls-doc"][0].title')}`,
      )
      expect(JSON.parse(query.body)).toMatchObject({ result: 'over h2' })
    } finally {
      session.close()
    }
  })

  it('serves the Studio host name (local.localhost) and refuses a client that does not trust the CA', async () => {
    const session = await openSession(`https://local.localhost:${lake.lake.port}`, lake.lake.caCertPem)
    // The Studio page (another origin) probes /health before it starts: CORS must let it read the answer.
    const probe = await h2Get(session, '/health', { origin: 'http://localhost:3000' })
    expect(probe.status).toBe(200)
    expect(probe.headers['access-control-allow-origin']).toBe('http://localhost:3000')
    session.close()
    await expect(openSession(lake.lake.secureUrl, undefined)).rejects.toThrow(
      /self[- ]signed|unable to (get|verify)/i,
    )
  })

  it('offers h2 and http/1.1 by ALPN', async () => {
    expect(await alpn(lake.lake.port, ['h2', 'http/1.1'], lake.lake.caCertPem)).toBe('h2')
    expect(await alpn(lake.lake.port, ['http/1.1'], lake.lake.caCertPem)).toBe('http/1.1')
  })

  it('keeps plain HTTP on the same port for servers (@sanity/client, fetch, a large body)', async () => {
    expect(lake.lake.url).toBe(`http://127.0.0.1:${lake.lake.port}`)
    expect((await lake.request('/health', { auth: false })).status).toBe(200)
    const big = 'x'.repeat(300_000)
    await lake.client.createOrReplace({ _id: 'plain-big', _type: 'note', body: big })
    expect(await lake.anonymous.fetch('length(*[_id=="plain-big"][0].body)')).toBe(big.length)
    // `curl --http2` asks a plain server to upgrade to h2c: it gets an ordinary HTTP/1.1 answer instead.
    const h2cUpgrade = await new Promise<number | undefined>((resolve, reject) => {
      httpGet(
        `${lake.lake.url}/health`,
        {
          headers: {
            connection: 'Upgrade, HTTP2-Settings',
            upgrade: 'h2c',
            'http2-settings': 'AAMAAABkAARAAAAA',
          },
        },
        (response) => {
          response.resume()
          resolve(response.statusCode)
        },
      ).on('error', reject)
    })
    expect(h2cUpgrade).toBe(200)
  })

  it('answers more than six listen streams and a query over one HTTP/2 session', async () => {
    const session = await openSession(lake.lake.secureUrl, lake.lake.caCertPem)
    const streams = Array.from({ length: 8 }, (_, index) =>
      session.request({
        ':path': `/v2025-02-19/data/listen/production?query=${encodeURIComponent(`*[_id == "listen-${index}"]`)}`,
        authorization: `Bearer ${lake.lake.token}`,
      }),
    )
    const welcomes = await Promise.all(
      streams.map(
        (stream) =>
          new Promise<string>((resolve, reject) => {
            let text = ''
            stream.on('data', (chunk: Buffer) => {
              text += chunk.toString()
              if (text.includes('welcome')) resolve(text)
            })
            stream.on('error', reject)
          }),
      ),
    )
    expect(welcomes).toHaveLength(8)
    for (const welcome of welcomes) expect(welcome).toContain('event: welcome')
    const count = await h2Get(
      session,
      `/v2025-02-19/data/query/production?query=${encodeURIComponent('count(*)')}`,
    )
    expect(count.status).toBe(200)
    for (const stream of streams) stream.close()
    session.close()
  })
})

describe('closing the lake', () => {
  it('ends open HTTP/2 listen streams and sessions, and plain connections', async () => {
    const own = await startTestLake()
    const session = await openSession(own.lake.secureUrl, own.lake.caCertPem)
    const stream = session.request({ ':path': '/v2025-02-19/data/listen/production?query=*' })
    const ended = new Promise<void>((resolve) => stream.once('close', () => resolve()))
    const sessionClosed = new Promise<void>((resolve) => session.once('close', () => resolve()))
    await new Promise((resolve) => stream.once('data', resolve))
    await own.stop()
    await ended
    await sessionClosed
    await expect(fetch(`${own.lake.url}/health`)).rejects.toThrow()
  })
})

describe('a long-running lake', () => {
  it('swaps in a renewed server certificate without a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'marquee-lake-renew-'))
    const material = await ensureTlsMaterial(dataDir)
    const expiring = await issueServerCertificate(material.ca, { lifetimeDays: 10 })
    writeFileSync(join(tlsDir(dataDir), SERVER_CERT_FILE), expiring.certPem)
    writeFileSync(join(tlsDir(dataDir), SERVER_KEY_FILE), expiring.keyPem)
    const server = createDualProtocolServer({ handler: (_req, res) => res.end('ok'), certificate: expiring })
    const { port } = await server.listen(0, '127.0.0.1')
    const logs: string[] = []
    const stop = keepCertificateFresh(dataDir, server, (line) => logs.push(line), 50)
    const servedUntil = () =>
      new Promise<number>((resolve, reject) => {
        const socket = tlsConnect(
          { host: '127.0.0.1', port, servername: 'localhost', ca: material.ca.certPem },
          () => {
            resolve(new Date(socket.getPeerCertificate().valid_to).getTime())
            socket.end()
          },
        )
        socket.on('error', reject)
      })
    try {
      expect(await servedUntil()).toBeLessThan(Date.now() + 11 * DAY_MS)
      await vi.waitFor(() => expect(logs).toContain('lake: renewed the server certificate'), {
        timeout: 5000,
      })
      expect(await servedUntil()).toBeGreaterThan(Date.now() + 300 * DAY_MS)
    } finally {
      stop()
      await server.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})

describe('the certificate authority', () => {
  it('is name-constrained (critical) to localhost and loopback, and signs the server certificate', async () => {
    const ca = new X509Certificate(lake.lake.caCertPem)
    expect(ca.ca).toBe(true)
    const peculiar = await import('@peculiar/x509')
    const extension = new peculiar.X509Certificate(lake.lake.caCertPem).getExtension('2.5.29.30')
    expect(extension?.critical).toBe(true)
    const constraints = AsnConvert.parse(extension?.value ?? new ArrayBuffer(0), NameConstraints)
    const permitted = (constraints.permittedSubtrees ?? []).map(({ base }) => base.dNSName ?? base.iPAddress)
    expect(permitted).toEqual(['localhost', '127.0.0.0/8', '::1/128'])
    expect(constraints.excludedSubtrees).toBeUndefined()

    const material = await ensureTlsMaterial(lake.dataDir)
    expect(material.created).toBe('none')
    const server = new X509Certificate(material.server.certPem)
    expect(server.checkIssued(ca)).toBe(true)
    expect(server.verify(ca.publicKey)).toBe(true)
    expect(server.subjectAltName).toContain('DNS:local.localhost')
    expect(server.subjectAltName).toContain('IP Address:127.0.0.1')
  })

  it('cannot vouch for another site: a certificate it signs for example.com is rejected', async () => {
    const material = await ensureTlsMaterial(lake.dataDir)
    const rogue = await issueServerCertificate(material.ca, { dnsNames: ['example.com'], ips: [] })
    const server = createTlsServer({ key: rogue.keyPem, cert: rogue.certPem })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    const port = typeof address === 'object' && address !== null ? address.port : 0
    try {
      const error = await new Promise<Error>((resolve, reject) => {
        const socket = tlsConnect(
          { host: '127.0.0.1', port, servername: 'example.com', ca: material.ca.certPem },
          () => {
            socket.end()
            reject(new Error('the handshake succeeded'))
          },
        )
        socket.on('error', resolve)
      })
      expect(error.message).toMatch(/permitted subtree violation/i)
    } finally {
      server.close()
    }
  })

  it('keeps keys and certificates in files only the user can read', () => {
    expect(statSync(tlsDir(lake.dataDir)).mode & 0o777).toBe(0o700)
    for (const file of [CA_CERT_FILE, CA_KEY_FILE, SERVER_CERT_FILE, SERVER_KEY_FILE]) {
      expect(statSync(`${tlsDir(lake.dataDir)}/${file}`).mode & 0o777).toBe(0o600)
    }
  })

  it('renews the server certificate before it expires, and everything before the CA expires', async () => {
    const before = await ensureTlsMaterial(lake.dataDir)
    const inElevenMonths = new Date(Date.now() + 380 * 24 * 60 * 60 * 1000)
    const renewed = await ensureTlsMaterial(lake.dataDir, inElevenMonths)
    expect(renewed.created).toBe('server')
    expect(renewed.ca.certPem).toBe(before.ca.certPem)
    expect(new X509Certificate(renewed.server.certPem).validToDate.getTime()).toBeGreaterThan(
      inElevenMonths.getTime(),
    )
    // A server key that does not belong to its certificate (a write cut short) is replaced, not served.
    const other = await issueServerCertificate(before.ca)
    writeFileSync(`${tlsDir(lake.dataDir)}/${SERVER_KEY_FILE}`, other.keyPem)
    expect((await ensureTlsMaterial(lake.dataDir)).created).toBe('server')
    const inTenYears = new Date(Date.now() + 3640 * 24 * 60 * 60 * 1000)
    expect((await ensureTlsMaterial(lake.dataDir, inTenYears)).created).toBe('all')
  })
})
