// A real HTTP server standing in for a webhook's target: it records every request and answers what the
// test scripts (e.g. 503 for the first request, then 200).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
  /** The status this receiver answered. */
  status: number
}

export interface WebhookReceiver {
  url: string
  port: number
  received: ReceivedRequest[]
  /** Requests answered 2xx, in arrival order. */
  accepted(): ReceivedRequest[]
  /** Resolves once `count` requests were answered 2xx. */
  waitForAccepted(count: number, timeoutMs?: number): Promise<ReceivedRequest[]>
  close(): Promise<void>
}

export type Responder = (request: Omit<ReceivedRequest, 'status'>, index: number) => number

function address(server: Server): AddressInfo {
  const value = server.address()
  if (typeof value !== 'object' || value === null) throw new Error('receiver is not listening')
  return value
}

export async function startReceiver(respond: Responder = () => 200, port = 0): Promise<WebhookReceiver> {
  const received: ReceivedRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      const status = respond(request, received.length)
      received.push({ ...request, status })
      res.statusCode = status
      res.end(status < 300 ? 'ok' : 'no')
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: bound } = address(server)
  const accepted = () => received.filter((request) => request.status >= 200 && request.status < 300)
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    received,
    accepted,
    async waitForAccepted(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs
      while (accepted().length < count) {
        if (Date.now() > deadline) {
          throw new Error(
            `expected ${count} accepted deliveries, got ${accepted().length} of ${received.length}`,
          )
        }
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      return accepted()
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}

/** A port nothing listens on (taken, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = address(server)
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
