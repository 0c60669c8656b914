// Reading request bodies with a size limit: too big -> 413, not JSON -> 400, stalled -> 408, never a 500.
import { badRequest, type HttpError, httpError } from './http-error.ts'
import type { LakeHttpRequest } from './types.ts'

/** JSON bodies (mutations, POSTed queries) up to 4 MiB. */
export const JSON_BODY_LIMIT = 4 * 1024 * 1024

/**
 * Past the limit we keep reading (and dropping) the body so the client is still listening when the 413
 * arrives, but only up to this multiple of the limit; beyond it we answer at once (and keep discarding).
 */
const DRAIN_FACTOR = 4

/** A body that sends nothing for this long (a Content-Length that promised more) is a 408. */
export const BODY_IDLE_TIMEOUT_MS = 30_000

const idleTimeouts = new WeakMap<BodySource, number>()

/** Set per request by the server (see server-limits.ts), so each lake can choose its own. */
export function setBodyIdleTimeout(req: BodySource, milliseconds: number): void {
  idleTimeouts.set(req, milliseconds)
}

export type BodySource = LakeHttpRequest

export function tooLarge(limit: number): HttpError {
  return httpError(413, `Request body is larger than the limit of ${limit} bytes`)
}

/** Reads the whole body; rejects with 413 when it passes `limit`, without buffering the excess. */
export function readBody(req: BodySource, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'])
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const idleMs = idleTimeouts.get(req) ?? BODY_IDLE_TIMEOUT_MS
    let idle: NodeJS.Timeout | undefined
    const stopWaiting = (): void => {
      if (idle) clearTimeout(idle)
      idle = undefined
    }
    const wait = (): void => {
      stopWaiting()
      idle = setTimeout(() => {
        fail(stalled(req, idleMs))
        // Stop reading: the connection closes once the 408 is sent (http/1.1) or the stream is reset.
        req.pause()
      }, idleMs)
      idle.unref()
    }
    const fail = (error: HttpError): void => {
      stopWaiting()
      if (settled) return
      settled = true
      chunks.length = 0
      reject(error)
    }
    wait()
    if (Number.isFinite(declared) && declared > limit * DRAIN_FACTOR) fail(tooLarge(limit))
    req.on('data', (chunk: Buffer) => {
      if (!settled) wait()
      size += chunk.length
      if (settled || size > limit) {
        chunks.length = 0
        if (size > limit * DRAIN_FACTOR) fail(tooLarge(limit))
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      stopWaiting()
      if (size > limit) fail(tooLarge(limit))
      if (settled) return
      settled = true
      resolve(Buffer.concat(chunks))
    })
    req.on('error', (error: Error) => fail(badRequest(`Could not read the request body: ${error.message}`)))
    // A client that goes away mid-body: settle, so nothing waits for bytes that will never come.
    req.on('close', () => fail(badRequest('The request body was cut short: the connection closed')))
  })
}

function stalled(req: BodySource, idleMs: number): HttpError {
  const message = `Request body timed out: no data arrived for ${idleMs} ms (is the Content-Length right?)`
  // HTTP/1.1 keeps the connection otherwise, with the unread rest of the body on it; http2 forbids the header.
  return isHttp1(req) ? httpError(408, message, { connection: 'close' }) : httpError(408, message)
}

function isHttp1(req: BodySource): boolean {
  return 'httpVersionMajor' in req && req.httpVersionMajor === 1
}

/** Parses a JSON body; an empty body, another content type or invalid JSON is a 400. */
export async function readJsonBody(req: BodySource, limit = JSON_BODY_LIMIT): Promise<unknown> {
  const body = await readBody(req, limit)
  const contentType = req.headers['content-type']
  if (contentType !== undefined && !/^application\/([a-z.+-]*\+)?json\b/i.test(contentType)) {
    throw badRequest(`Expected a JSON body (content-type application/json), got "${contentType}"`)
  }
  if (body.length === 0) throw badRequest('Request body is empty; expected JSON')
  try {
    return JSON.parse(body.toString('utf8'))
  } catch (error) {
    throw badRequest(
      `Request body is not valid JSON: ${error instanceof Error ? error.message : 'parse error'}`,
    )
  }
}
