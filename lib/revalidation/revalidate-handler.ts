// POST /api/revalidate: a signed webhook from the lake or hosted Sanity names a changed document; the
// handler checks the signature and revalidates exactly the cache tags the change affects (lib/cache-tags.ts),
// then has the edge cache drop the pages carrying them (lib/edge-cache/varnish-purge.ts).
import { SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { revalidationPayloadSchema, tagsForChange } from '../cache-tags.ts'
import { checkSignature } from './verify-signature.ts'

/** Webhook bodies are small projections; anything bigger is not one of ours. */
export const MAX_WEBHOOK_BODY_BYTES = 256 * 1024

export interface RevalidateHandlerDeps {
  /** The shared secret (SANITY_REVALIDATE_SECRET); read per request so a missing one fails closed. */
  secret: () => string | undefined
  revalidate: (tag: string) => void
  /** Also drop the pages carrying these tags from the edge cache (Varnish), when there is one. */
  purgeEdge?: (tags: readonly string[]) => void
  now: () => number
  log: (line: string) => void
}

function json(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } })
}

export function createRevalidateHandler(
  deps: RevalidateHandlerDeps,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const secret = deps.secret()?.trim()
    if (!secret) {
      deps.log(
        'revalidate: SANITY_REVALIDATE_SECRET is not set, so no webhook can be verified; refusing it. ' +
          'Start the site with `npm run dev` or `npm start` (they register the webhook with the lake and set it), ' +
          'or set it to the secret of the webhook in sanity.io/manage.',
      )
      return json(500, { message: 'Revalidation is not configured' })
    }
    const length = Number(request.headers.get('content-length') ?? '0')
    if (length > MAX_WEBHOOK_BODY_BYTES) return json(413, { message: 'Body too large' })
    const body = await request.text()
    if (Buffer.byteLength(body) > MAX_WEBHOOK_BODY_BYTES) return json(413, { message: 'Body too large' })

    const check = await checkSignature(body, request.headers.get(SIGNATURE_HEADER_NAME), secret, deps.now())
    if (check !== 'valid') {
      deps.log(`revalidate: rejected a webhook (${check} signature)`)
      return json(401, { message: `Invalid signature (${check})` })
    }

    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      return json(400, { message: 'Body is not JSON' })
    }
    const payload = revalidationPayloadSchema.safeParse(parsed)
    if (!payload.success) {
      return json(400, { message: 'Body lacks _id and _type: use the projection in lib/cache-tags.ts' })
    }
    const tags = tagsForChange(payload.data)
    for (const tag of tags) deps.revalidate(tag)
    deps.purgeEdge?.(tags)
    return json(200, { revalidated: true, now: deps.now(), tags })
  }
}
