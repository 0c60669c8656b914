// Sanity's bifur protocol as the Studio speaks it (@sanity/bifur-client, sanity's presence store): JSON-RPC 2.0 text
// frames, params carrying `apiVersion: 'v1'`, and a bare "♥" frame as heartbeat.
//
//   authorization        {authorization: 'Bearer <token>'}     -> result true (or the socket closes with 4001)
//   presence_subscribe   {}                                    -> result <subscription id>; events then arrive as
//                        {method: 'presence_subscription', params: {subscription, result: <event>}}
//   presence_unsubscribe {subscriptionId}                      -> result true
//   presence_rollcall    {session}                             -> others get {type: 'rollCall', i: userId, session}
//   presence_announce    {data: {sessionId, locations}}        -> others get {type: 'state', i: userId, m: data}
//   presence_disconnect  {session}                             -> others get {type: 'disconnect', i: userId, m: {session}}
import { z } from 'zod'

export const HEARTBEAT = '\u2665'

/** JSON-RPC error codes the bifur client knows (its ERROR_CODES), used as websocket close codes too. */
interface BifurErrorCodes {
  readonly UNAUTHORIZED: number
  readonly NOT_FOUND: number
  readonly INVALID_REQUEST: number
  readonly METHOD_NOT_FOUND: number
  readonly INVALID_PARAMS: number
  readonly PARSE_ERROR: number
}

export const BIFUR_ERRORS: BifurErrorCodes = {
  UNAUTHORIZED: 4001,
  NOT_FOUND: 4004,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  PARSE_ERROR: -32700,
}

const MAX_ID_LENGTH = 128
/** A Studio session reports its focused documents and fields; a few dozen locations is already a lot. */
const MAX_LOCATIONS = 100

const requestId = z.union([z.string().max(MAX_ID_LENGTH), z.number().int()])
const sessionId = z.string().min(1).max(MAX_ID_LENGTH)

export const rpcRequestSchema = z.object({
  jsonrpc: z.literal('2.0'),
  method: z.string().max(64),
  params: z.record(z.string(), z.unknown()).optional(),
  id: requestId.optional(),
})

export type RpcRequest = z.infer<typeof rpcRequestSchema>
export type RpcId = z.infer<typeof requestId>

export const authorizationParams = z.object({ authorization: z.string().max(4096) })
export const unsubscribeParams = z.object({ subscriptionId: z.string().max(MAX_ID_LENGTH) })
export const sessionParams = z.object({ session: sessionId })
export const announceParams = z.object({
  data: z.object({
    sessionId,
    locations: z.array(z.record(z.string(), z.unknown())).max(MAX_LOCATIONS),
  }),
})

export type PresenceEvent =
  | { type: 'rollCall'; i: string; session: string }
  | { type: 'state'; i: string; m: z.infer<typeof announceParams>['data'] }
  | { type: 'disconnect'; i: string; m: { session: string } }

export function rpcResult(id: RpcId, result: unknown): string {
  return JSON.stringify({ jsonrpc: '2.0', id, result })
}

export function rpcError(id: RpcId | null, code: number, message: string): string {
  return JSON.stringify({ jsonrpc: '2.0', id, error: { code, message } })
}

export function subscriptionMessage(subscription: string, event: PresenceEvent): string {
  return JSON.stringify({
    jsonrpc: '2.0',
    method: 'presence_subscription',
    params: { subscription, result: event },
  })
}

/** Parses one text frame; undefined when it is not a JSON-RPC request. */
export function parseRequest(text: string): RpcRequest | undefined {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return undefined
  }
  const parsed = rpcRequestSchema.safeParse(json)
  return parsed.success ? parsed.data : undefined
}
