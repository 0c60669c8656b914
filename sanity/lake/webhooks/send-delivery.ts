// One delivery attempt: the request Sanity's delivery system makes (method, headers, signature over
// "<t>.<body>" by @sanity/webhook itself) and what its answer means for the queue.
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import type { Webhook } from './webhook-definition.ts'
import type { QueuedDelivery } from './webhook-repository.ts'

export type Fetch = (input: string, init: RequestInit) => Promise<Response>

export type AttemptResult =
  | { kind: 'delivered'; statusCode: number }
  /** Network errors, timeouts, 429 and 5xx: worth another try. */
  | { kind: 'retry'; statusCode: number | null; error: string }
  /** Any other answer (a 4xx): the receiver refused this payload; retrying would not change that. */
  | { kind: 'rejected'; statusCode: number; error: string }

export interface SendOptions {
  fetch: Fetch
  /** Milliseconds since the epoch: the signature's `t`. */
  now: number
  timeoutMs: number
  /** Aborts the request (the lake is shutting down). */
  signal?: AbortSignal
  secret: string | undefined
}

export async function deliveryHeaders(
  webhook: Webhook,
  delivery: QueuedDelivery,
  options: Pick<SendOptions, 'now' | 'secret'>,
): Promise<Record<string, string>> {
  const headers: Record<string, string> = {
    ...webhook.headers,
    'content-type': 'application/json',
    'user-agent': 'Sanity.io webhook delivery (Marquee lake)',
    'idempotency-key': `${delivery.transactionId}#${delivery.documentId}#${webhook.id}`,
    'sanity-webhook-id': webhook.id,
    'sanity-project-id': 'local',
    'sanity-dataset': webhook.dataset,
    'sanity-document-id': delivery.documentId,
    'sanity-transaction-id': delivery.transactionId,
    'sanity-operation': delivery.operation,
  }
  if (options.secret) {
    headers[SIGNATURE_HEADER_NAME] = await encodeSignatureHeader(delivery.body, options.now, options.secret)
  }
  return headers
}

export async function sendDelivery(
  webhook: Webhook,
  delivery: QueuedDelivery,
  options: SendOptions,
): Promise<AttemptResult> {
  const headers = await deliveryHeaders(webhook, delivery, options)
  // GET has no body in fetch; Sanity sends the projection in the body for the others.
  const body = webhook.httpMethod === 'GET' ? undefined : delivery.body
  let response: Response
  try {
    response = await options.fetch(webhook.url, {
      method: webhook.httpMethod,
      headers,
      body,
      redirect: 'manual',
      signal: options.signal
        ? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)])
        : AbortSignal.timeout(options.timeoutMs),
    })
  } catch (error) {
    return { kind: 'retry', statusCode: null, error: networkError(error) }
  }
  // The body is not needed, but reading it frees the connection.
  await response.arrayBuffer().catch(() => undefined)
  const statusCode = response.status
  if (statusCode >= 200 && statusCode < 300) return { kind: 'delivered', statusCode }
  if (statusCode === 429 || statusCode >= 500)
    return { kind: 'retry', statusCode, error: `HTTP ${statusCode}` }
  return { kind: 'rejected', statusCode, error: `HTTP ${statusCode}` }
}

function networkError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ''
    return `${error.name === 'TimeoutError' ? 'timed out' : error.message}${cause}`
  }
  return String(error)
}
