// One Studio tab's presence websocket: authenticates, then relays its rollcalls, states and disconnects to the other
// sessions of the dataset and delivers theirs to it.
import { randomUUID } from 'node:crypto'
import type { WebSocket } from 'ws'
import type { z } from 'zod'
import type { Identity, TokenVerifier } from '../http/auth.ts'
import {
  announceParams,
  authorizationParams,
  BIFUR_ERRORS,
  type PresenceEvent,
  parseRequest,
  type RpcRequest,
  rpcError,
  rpcResult,
  sessionParams,
  subscriptionMessage,
  unsubscribeParams,
} from './bifur-messages.ts'
import type { PresenceHub, PresencePeer } from './presence-hub.ts'

type User = Extract<Identity, { kind: 'user' }>

/** A tab announces one session; a few more covers reconnects without letting one socket fake a crowd. */
const MAX_SESSIONS_PER_SOCKET = 8
const MAX_SUBSCRIPTIONS_PER_SOCKET = 8

export class PresenceConnection implements PresencePeer {
  readonly #subscriptions = new Set<string>()
  readonly #sessions = new Set<string>()
  readonly dataset: string
  readonly socket: WebSocket
  readonly hub: PresenceHub
  readonly verifyToken: TokenVerifier
  #user: User | undefined

  constructor(dataset: string, socket: WebSocket, hub: PresenceHub, verifyToken: TokenVerifier, user?: User) {
    this.dataset = dataset
    this.socket = socket
    this.hub = hub
    this.verifyToken = verifyToken
    this.#user = user
  }

  get authenticated(): boolean {
    return this.#user !== undefined
  }

  deliver(event: PresenceEvent): void {
    if (!this.#user || this.socket.readyState !== this.socket.OPEN) return
    for (const subscription of this.#subscriptions) this.socket.send(subscriptionMessage(subscription, event))
  }

  handleMessage(text: string): void {
    const request = parseRequest(text)
    if (!request) {
      this.socket.send(rpcError(null, BIFUR_ERRORS.PARSE_ERROR, 'Expected a JSON-RPC 2.0 request'))
      return
    }
    if (request.method === 'authorization') {
      this.#authorize(request)
      return
    }
    const user = this.#user
    if (!user) {
      this.refuse('Presence requires a token: send an "authorization" request first', request.id)
      return
    }
    this.#dispatch(request, user)
  }

  /** The other sessions forget whatever this socket announced, as if each had said goodbye. */
  handleClose(): void {
    this.hub.leave(this)
    const user = this.#user
    if (!user) return
    for (const session of this.#sessions) {
      this.hub.broadcast(this, { type: 'disconnect', i: user.userId, m: { session } })
    }
    this.#sessions.clear()
  }

  refuse(message: string, id: RpcRequest['id'] = undefined): void {
    this.socket.send(rpcError(id ?? null, BIFUR_ERRORS.UNAUTHORIZED, message))
    this.socket.close(BIFUR_ERRORS.UNAUTHORIZED, 'Unauthorized')
  }

  #authorize(request: RpcRequest): void {
    const params = authorizationParams.safeParse(request.params)
    const token = params.success ? /^Bearer\s+(\S+)\s*$/i.exec(params.data.authorization)?.[1] : undefined
    const identity = token === undefined ? undefined : this.verifyToken(token)
    if (identity?.kind !== 'user') {
      this.refuse('Session not found: the token is not valid for this lake', request.id)
      return
    }
    this.#user = identity
    this.#reply(request, true)
  }

  #dispatch(request: RpcRequest, user: User): void {
    switch (request.method) {
      case 'presence_subscribe': {
        if (this.#subscriptions.size >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
          this.#fail(request, BIFUR_ERRORS.INVALID_REQUEST, 'Too many subscriptions on one socket')
          return
        }
        const subscription = randomUUID()
        this.#subscriptions.add(subscription)
        this.#reply(request, subscription)
        return
      }
      case 'presence_unsubscribe': {
        const params = this.#params(request, unsubscribeParams)
        if (!params) return
        this.#reply(request, this.#subscriptions.delete(params.subscriptionId))
        return
      }
      case 'presence_rollcall': {
        const params = this.#params(request, sessionParams)
        if (!params) return
        this.hub.broadcast(this, { type: 'rollCall', i: user.userId, session: params.session })
        this.#reply(request, true)
        return
      }
      case 'presence_announce': {
        const params = this.#params(request, announceParams)
        if (!params || !this.#track(request, params.data.sessionId)) return
        this.hub.broadcast(this, { type: 'state', i: user.userId, m: params.data })
        this.#reply(request, true)
        return
      }
      case 'presence_disconnect': {
        const params = this.#params(request, sessionParams)
        if (!params) return
        this.#sessions.delete(params.session)
        this.hub.broadcast(this, { type: 'disconnect', i: user.userId, m: { session: params.session } })
        this.#reply(request, true)
        return
      }
      default:
        this.#fail(request, BIFUR_ERRORS.METHOD_NOT_FOUND, `Unknown method "${request.method}"`)
    }
  }

  #track(request: RpcRequest, session: string): boolean {
    if (this.#sessions.has(session) || this.#sessions.size < MAX_SESSIONS_PER_SOCKET) {
      this.#sessions.add(session)
      return true
    }
    this.#fail(request, BIFUR_ERRORS.INVALID_REQUEST, 'Too many presence sessions on one socket')
    return false
  }

  #params<T>(request: RpcRequest, schema: z.ZodType<T>): T | undefined {
    const parsed = schema.safeParse(request.params)
    if (parsed.success) return parsed.data
    this.#fail(request, BIFUR_ERRORS.INVALID_PARAMS, `Invalid params for ${request.method}`)
    return undefined
  }

  #reply(request: RpcRequest, result: unknown): void {
    // Requests without an id are notifications: JSON-RPC answers them with nothing.
    if (request.id !== undefined) this.socket.send(rpcResult(request.id, result))
  }

  #fail(request: RpcRequest, code: number, message: string): void {
    if (request.id !== undefined) this.socket.send(rpcError(request.id, code, message))
  }
}
