// POST /api/live/expire `{tags: ["sanity:s1:…", …]}`: expires the cache tags a live event named, so the
// refresh `<SanityLive />` does next renders fresh content. Public, like next-sanity's own server action: it
// only accepts well-formed sync-tag cache tags (at most MAX_LIVE_TAGS), which can only cost a regeneration.
import { liveCacheTagsFrom } from './live-tags.ts'

/** A live event's tags, JSON-encoded, stay far below this. */
export const MAX_EXPIRE_BODY_BYTES = 64 * 1024

export interface ExpireHandlerOptions {
  revalidate: (tag: string) => void
}

function error(statusCode: number, title: string, message: string): Response {
  return Response.json({ error: title, message, statusCode }, { status: statusCode })
}

export function createExpireHandler({ revalidate }: ExpireHandlerOptions) {
  return async function expireLiveTags(request: Request): Promise<Response> {
    const text = await request.text()
    if (new TextEncoder().encode(text).byteLength > MAX_EXPIRE_BODY_BYTES) {
      return error(413, 'Payload Too Large', `The body must be at most ${MAX_EXPIRE_BODY_BYTES} bytes`)
    }
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return error(400, 'Bad Request', 'The body must be JSON: {"tags": ["sanity:s1:…"]}')
    }
    const unsafeTags = typeof body === 'object' && body !== null && 'tags' in body ? body.tags : undefined
    const tags = liveCacheTagsFrom(unsafeTags)
    if (tags.length === 0)
      return error(400, 'Bad Request', '"tags" must be a non-empty list of live cache tags')
    for (const tag of tags) revalidate(tag)
    return new Response(null, { status: 204 })
  }
}
