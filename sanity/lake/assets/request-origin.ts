// The origin a client reached the lake at, for the `url` of asset documents. The Studio talks to
// `<projectId>.<apiHost>` unless told otherwise; Sanity's asset URLs never carry that prefix, so it goes.
import type { IncomingHttpHeaders } from 'node:http'

export const LOCAL_PROJECT_ID = 'local'

export function requestOrigin(req: { readonly headers: IncomingHttpHeaders }): string {
  const authority = req.headers[':authority'] ?? req.headers.host
  const host = (typeof authority === 'string' && authority !== '' ? authority : '127.0.0.1').replace(
    new RegExp(`^${LOCAL_PROJECT_ID}\\.`),
    '',
  )
  const scheme = req.headers[':scheme']
  const secure = scheme === 'https' || (scheme === undefined && isEncrypted(req))
  return `${secure ? 'https' : 'http'}://${host}`
}

/** node:http over TLS (or http2's HTTP/1 fallback) exposes a TLSSocket with `encrypted: true`. */
function isEncrypted(req: object): boolean {
  const socket = 'socket' in req ? req.socket : undefined
  return typeof socket === 'object' && socket !== null && 'encrypted' in socket && socket.encrypted === true
}
