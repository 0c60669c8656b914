// What happens before a route runs: Node's own parser errors and timeouts. Node answers those with an
// empty body (or, for a body that stops arriving, not at all); the lake answers them in Sanity's error
// shape, with the status the failure deserves, and closes the connection.
import { Server as HttpServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Http2SecureServer, Http2Server } from 'node:http2'
import { Server as HttpsServer } from 'node:https'
import type { Duplex } from 'node:stream'
import { BODY_IDLE_TIMEOUT_MS, setBodyIdleTimeout } from './body.ts'
import { type HttpError, httpError } from './http-error.ts'
import { sendJson } from './response.ts'

export interface HttpLimits {
  /** Time to receive the request line and headers (slow-header clients). */
  headersTimeoutMs: number
  /** Time to receive a whole request, body included (a 25 MiB upload on a slow link fits). */
  requestTimeoutMs: number
  /** Longest pause allowed while a body is arriving; then 408 and the connection is closed. */
  bodyIdleTimeoutMs: number
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 30_000,
  requestTimeoutMs: 300_000,
  bodyIdleTimeoutMs: BODY_IDLE_TIMEOUT_MS,
}

export type LakeServer = HttpServer | HttpsServer | Http2Server | Http2SecureServer

/** A parser error as Node reports it (llhttp codes like `HPE_HEADER_OVERFLOW`). */
interface ClientError extends Error {
  code?: string
  rawPacket?: Buffer
}

/** Installs the limits and the Sanity-shaped answers to Node-level errors. Call once, before listening. */
export function hardenHttpServer(server: LakeServer, overrides: Partial<HttpLimits> = {}): HttpLimits {
  const limits = { ...DEFAULT_HTTP_LIMITS, ...overrides }
  if (server instanceof HttpServer || server instanceof HttpsServer) {
    server.headersTimeout = limits.headersTimeoutMs
    server.requestTimeout = limits.requestTimeoutMs
  }
  // Responses in flight per socket: a timeout that strikes while a route runs answers through it.
  const inFlight = new WeakMap<Duplex, ServerResponse>()
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    setBodyIdleTimeout(req, limits.bodyIdleTimeoutMs)
    const socket = req.socket
    if (!socket) return
    inFlight.set(socket, res)
    res.once('close', () => {
      if (inFlight.get(socket) === res) inFlight.delete(socket)
    })
  })
  server.on('clientError', (error: ClientError, socket: Duplex) => {
    answerClientError(error, socket, inFlight.get(socket))
  })
  return limits
}

function answerClientError(error: ClientError, socket: Duplex, response: ServerResponse | undefined): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const failure = describeClientError(error)
  if (!response) {
    writeRawError(socket, failure)
    return
  }
  if (failure.statusCode === 408 && !response.headersSent) {
    // The running request itself ran out of time: it gets the answer.
    response.once('finish', () => socket.destroy())
    sendJson(response, failure.statusCode, failure.body, { connection: 'close' })
    return
  }
  // Bytes after the running request do not parse: let it answer, then report the rest and hang up.
  if (response.writableFinished) writeRawError(socket, failure)
  else response.once('finish', () => writeRawError(socket, failure))
}

function writeRawError(socket: Duplex, failure: HttpError): void {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  const payload = JSON.stringify(failure.body)
  const head = [
    `HTTP/1.1 ${failure.statusCode} ${String(failure.body.error)}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(payload)}`,
    'Connection: close',
  ]
  socket.end(`${head.join('\r\n')}\r\n\r\n${payload}`, () => socket.destroy())
}

function describeClientError(error: ClientError): HttpError {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return httpError(408, 'Request timed out: the request was not received in time')
    case 'HPE_HEADER_OVERFLOW':
      return isRequestLineOverflow(error.rawPacket)
        ? httpError(414, 'Request URL is too long')
        : httpError(431, 'Request header fields are too large')
    default:
      return httpError(400, `Malformed HTTP request: ${parserReason(error)}`)
  }
}

/** The overflow happened inside the request line when the packet starts one that has not ended yet. */
function isRequestLineOverflow(rawPacket: Buffer | undefined): boolean {
  if (!rawPacket) return false
  const text = rawPacket.toString('latin1', 0, Math.min(rawPacket.length, 64 * 1024))
  const lineEnd = text.indexOf('\n')
  return /^[A-Z]+ /.test(text) && (lineEnd === -1 || lineEnd > 8 * 1024)
}

/** Node's message without the echoed bytes (they may be anything the client sent). */
function parserReason(error: ClientError): string {
  const message = error.message.replace(/^Parse Error:\s*/, '')
  const quote = message.indexOf(' "')
  return (quote === -1 ? message : message.slice(0, quote)) || 'invalid request'
}
