// Writing responses. Works with node:http and http2's compatibility API (both have setHeader/end).
import type { LakeResponse } from './types.ts'

export function sendJson(
  res: LakeResponse,
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = JSON.stringify(body)
  res.statusCode = statusCode
  res.setHeader('content-type', 'application/json; charset=utf-8')
  res.setHeader('content-length', Buffer.byteLength(payload))
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  res.end(payload)
}

/** Like sendJson, for a body that is JSON text already. */
export function sendJsonText(res: LakeResponse, statusCode: number, payload: string): void {
  res.statusCode = statusCode
  res.setHeader('content-type', 'application/json; charset=utf-8')
  res.setHeader('content-length', Buffer.byteLength(payload))
  res.end(payload)
}

export function sendEmpty(res: LakeResponse, statusCode: number): void {
  res.statusCode = statusCode
  res.end()
}
