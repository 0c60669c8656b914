// One port, two protocols: browsers get HTTP/2 over TLS (HTTP/1.1 too, via ALPN), servers keep plain HTTP.
//
// Each connection's first byte decides: 0x16 opens a TLS handshake (a ClientHello record), so the socket goes to
// the http2 secure server; anything else is plain HTTP/1.1 for node:http. The peeked bytes are put back with
// `unshift` before the chosen server takes the socket, so it reads the connection from its first byte.
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http'
import { createSecureServer, type Http2SecureServer } from 'node:http2'
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import type { LakeHandler } from '../http/router.ts'
import type { PemPair } from './certificates.ts'

const TLS_HANDSHAKE_RECORD = 0x16
const MAX_STREAMS_PER_SESSION = 128
/** A connection that sends nothing for this long is dropped before a server ever sees it. */
const FIRST_BYTE_TIMEOUT_MS = 120_000

export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void

export interface DualProtocolServer {
  listen(port: number, host: string): Promise<AddressInfo>
  /** Swaps the server certificate for new connections (renewal while running). */
  setServerCertificate(pair: PemPair): void
  /** Stops accepting and destroys every connection; callers end long responses first for a clean end. */
  close(): Promise<void>
}

export interface DualProtocolOptions {
  handler: LakeHandler
  certificate: PemPair
  onUpgrade?: UpgradeHandler
  /** Called once for each protocol's server before it sees a connection (limits, error answers). */
  configure?: (server: Server | Http2SecureServer) => void
  log?: (line: string) => void
}

export function createDualProtocolServer(options: DualProtocolOptions): DualProtocolServer {
  // Only websocket upgrades leave the router: `Upgrade: h2c` (curl --http2) gets an ordinary HTTP/1.1 answer.
  const plain: Server = createHttpServer({ shouldUpgradeCallback: isWebSocketUpgrade }, options.handler)
  const secure: Http2SecureServer = createSecureServer(
    {
      key: options.certificate.keyPem,
      cert: options.certificate.certPem,
      allowHTTP1: true,
      // The Studio keeps about ten streams open; a bound keeps one connection from asking for thousands.
      settings: { maxConcurrentStreams: MAX_STREAMS_PER_SESSION },
    },
    options.handler,
  )
  if (options.onUpgrade) {
    plain.on('upgrade', options.onUpgrade)
    // With allowHTTP1, HTTP/1.1 connections run node:http's machinery on the secure server: upgrades land here.
    secure.on('upgrade', options.onUpgrade)
  }
  options.configure?.(plain)
  options.configure?.(secure)
  // A failed handshake (an untrusted CA, a port scanner) is the client's business, not the lake's.
  secure.on('tlsClientError', () => {})
  secure.on('sessionError', () => {})

  const sockets = new Set<Socket>()
  const front = createNetServer((socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    socket.setTimeout(FIRST_BYTE_TIMEOUT_MS, () => socket.destroy())
    socket.once('data', (chunk: Buffer) => {
      socket.setTimeout(0)
      socket.pause()
      socket.unshift(chunk)
      if (chunk[0] === TLS_HANDSHAKE_RECORD) {
        // The TLS layer takes over the socket's handle and first drains what is buffered (the unshifted hello);
        // resuming the plain socket here would race it for the bytes.
        secure.emit('connection', socket)
      } else {
        plain.emit('connection', socket)
        socket.resume()
      }
    })
  })

  return {
    listen(port, host) {
      return new Promise((resolve, reject) => {
        front.once('error', reject)
        front.listen(port, host, () => {
          front.off('error', reject)
          const address = front.address()
          if (typeof address === 'object' && address !== null) resolve(address)
          else reject(new Error('the lake is not listening on a TCP port'))
        })
      })
    },
    setServerCertificate(pair) {
      secure.setSecureContext({ key: pair.keyPem, cert: pair.certPem })
    },
    close() {
      return new Promise((resolve) => {
        front.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })
    },
  }
}

function isWebSocketUpgrade(req: IncomingMessage): boolean {
  return req.headers.upgrade?.toLowerCase() === 'websocket'
}
