// A small HTTP/2 client over TLS for tests: the lake's CA as the only trust root, *.localhost sent to loopback.
import type { IncomingHttpHeaders } from 'node:http'
import { type ClientHttp2Session, connect } from 'node:http2'
import type { LookupFunction } from 'node:net'

/** Browsers send localhost and *.localhost to loopback without asking DNS; so does this client. */
export const loopbackLookup: LookupFunction = (_hostname, options, callback) => {
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }])
  else callback(null, '127.0.0.1', 4)
}

export function openSession(origin: string, ca: string | undefined): Promise<ClientHttp2Session> {
  return new Promise((resolve, reject) => {
    const session = connect(origin, { ca, lookup: loopbackLookup })
    session.once('connect', () => {
      session.off('error', reject)
      resolve(session)
    })
    session.once('error', reject)
  })
}

export function h2Get(
  session: ClientHttp2Session,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const stream = session.request({ ':path': path, ...headers })
    let status = 0
    let responseHeaders: IncomingHttpHeaders = {}
    let body = ''
    stream.on('response', (response) => {
      status = Number(response[':status'])
      responseHeaders = response
    })
    stream.on('data', (chunk: Buffer) => {
      body += chunk.toString()
    })
    stream.on('end', () => resolve({ status, headers: responseHeaders, body }))
    stream.on('error', reject)
    stream.end()
  })
}
