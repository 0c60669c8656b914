// The presence websocket at `/v{apiVersion}/socket/{dataset}` (what the Studio's bifur client opens), on `ws` with
// noServer: the lake's HTTP/1.1 servers hand it their `upgrade` events. Everything else that asks to upgrade is
// answered with a plain HTTP error and closed.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { type WebSocket, WebSocketServer } from 'ws'
import { parseApiVersion } from '../http/api-version.ts'
import { authenticate, type TokenVerifier } from '../http/auth.ts'
import { datasetNotFound, HttpError, httpError, notFound } from '../http/http-error.ts'
import type { LakeStore } from '../store/lake-store.ts'
import { isValidDatasetName } from '../store/names.ts'
import type { StudioOrigins } from '../users/allowed-origins.ts'
import { HEARTBEAT } from './bifur-messages.ts'
import { PresenceConnection } from './presence-connection.ts'
import { DEFAULT_PRESENCE_LIMITS, PresenceHub, type PresenceLimits } from './presence-hub.ts'

/** Presence messages are a few locations; anything bigger is not the Studio talking. */
export const MAX_MESSAGE_BYTES = 64 * 1024
const PING_INTERVAL_MS = 30_000
/** A socket that has not sent `authorization` by then is closed. */
const AUTH_TIMEOUT_MS = 20_000

const SOCKET_PATH = /^\/v([^/]+)\/socket\/([^/]+)\/?$/

export interface PresenceServerOptions {
  store: LakeStore
  verifyToken: TokenVerifier
  /** Browsers always send Origin with a websocket: only the Studio's may connect (node clients send none). */
  studioOrigins?: StudioOrigins
  limits?: PresenceLimits
  pingIntervalMs?: number
}

export interface PresenceServer {
  readonly hub: PresenceHub
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void
  /** Closes every presence socket (1001) and stops the ping timer. */
  close(): void
}

export function createPresenceServer(options: PresenceServerOptions): PresenceServer {
  const hub = new PresenceHub(options.limits ?? DEFAULT_PRESENCE_LIMITS)
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false })
  const alive = new WeakMap<WebSocket, boolean>()

  const pings = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate()
        continue
      }
      alive.set(ws, false)
      ws.ping()
      ws.send(HEARTBEAT)
    }
  }, options.pingIntervalMs ?? PING_INTERVAL_MS)
  pings.unref()

  function accept(ws: WebSocket, connection: PresenceConnection): void {
    alive.set(ws, true)
    ws.on('pong', () => alive.set(ws, true))
    ws.on('error', () => ws.terminate())
    const authTimer = connection.authenticated
      ? undefined
      : setTimeout(() => {
          if (!connection.authenticated) connection.refuse('No authorization received')
        }, AUTH_TIMEOUT_MS)
    ws.on('message', (data, isBinary) => {
      alive.set(ws, true)
      if (isBinary) {
        ws.close(1003, 'Text frames only')
        return
      }
      connection.handleMessage(data.toString())
    })
    ws.on('close', () => {
      clearTimeout(authTimer)
      connection.handleClose()
    })
  }

  return {
    hub,
    handleUpgrade(req, socket, head) {
      socket.on('error', () => socket.destroy())
      try {
        const origin = req.headers.origin
        if (origin !== undefined && options.studioOrigins && !options.studioOrigins.allows(origin)) {
          throw httpError(403, `Origin ${origin} is not allowed to use this lake (see LAKE_CORS_ORIGINS)`)
        }
        const dataset = socketDataset(req, options.store)
        const identity = authenticate(req, options.verifyToken)
        if (!hub.hasRoomFor(dataset)) throw httpError(503, 'Too many presence connections; try again later')
        wss.handleUpgrade(req, socket, head, (ws) => {
          const user = identity.kind === 'user' ? identity : undefined
          const connection = new PresenceConnection(dataset, ws, hub, options.verifyToken, user)
          if (!hub.join(connection)) {
            ws.close(1013, 'Too many presence connections')
            return
          }
          accept(ws, connection)
        })
      } catch (error) {
        refuseUpgrade(socket, error instanceof HttpError ? error : httpError(400, 'Bad upgrade request'))
      }
    },
    close() {
      clearInterval(pings)
      for (const ws of wss.clients) ws.close(1001, 'The lake is shutting down')
      wss.close()
    },
  }
}

function socketDataset(req: IncomingMessage, store: LakeStore): string {
  const path = new URL(req.url ?? '/', 'http://lake.local').pathname
  const match = SOCKET_PATH.exec(path)
  if (!match?.[1] || !match[2]) throw notFound(`No websocket endpoint at ${path}`)
  parseApiVersion(`v${match[1]}`)
  const dataset = match[2]
  if (!isValidDatasetName(dataset) || !store.hasDataset(dataset)) throw datasetNotFound(dataset)
  return dataset
}

function refuseUpgrade(socket: Duplex, error: HttpError): void {
  const body = JSON.stringify(error.body)
  socket.end(
    `HTTP/1.1 ${error.statusCode} ${typeof error.body.error === 'string' ? error.body.error : 'Error'}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  )
}
