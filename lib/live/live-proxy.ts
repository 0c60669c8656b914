// Relays the embedded lake's Live Content API stream to readers' browsers, from the site's own origin:
// GET /api/live/v{version}/data/live/events/{dataset}. Anonymous only (no token is sent upstream and
// `includeDrafts` is refused), so it can only ever announce tags of published content. With hosted Sanity
// browsers connect to Sanity directly and this answers 404.
import type { SanityEnv } from '../env.ts'
import { LIVE_PROXY_PATH } from './live-client.ts'

const EVENTS_PATH = new RegExp(
  `^${LIVE_PROXY_PATH}/(v(?:\\d{4}-\\d{2}-\\d{2}|X|1))/data/live/events/([a-z0-9][a-z0-9_-]{0,63})$`,
)
const EVENT_ID = /^[\w.:-]{1,200}$/

export interface LiveProxyOptions {
  env: () => SanityEnv
  fetch?: typeof fetch
}

function error(statusCode: number, title: string, message: string): Response {
  return Response.json(
    { error: title, message, statusCode },
    { status: statusCode, headers: { 'cache-control': 'no-store' } },
  )
}

export function createLiveProxy({ env, fetch: send = fetch }: LiveProxyOptions) {
  return async function relayLiveEvents(request: Request): Promise<Response> {
    const config = env()
    const url = new URL(request.url)
    const match = EVENTS_PATH.exec(url.pathname)
    if (config.backend !== 'lake' || !match || match[2] !== config.dataset) {
      return error(404, 'Not Found', 'No live event stream here')
    }
    const includeDrafts = url.searchParams.get('includeDrafts')
    if (includeDrafts !== null && includeDrafts !== 'false') {
      return error(403, 'Forbidden', 'The site relays live events for published content only')
    }
    const headers = new Headers({ accept: 'text/event-stream' })
    const lastEventId = request.headers.get('last-event-id')?.trim()
    if (lastEventId && EVENT_ID.test(lastEventId)) headers.set('last-event-id', lastEventId)

    let upstream: Response
    try {
      upstream = await send(`${config.apiHost}/${match[1]}/data/live/events/${config.dataset}`, {
        headers,
        signal: request.signal,
        cache: 'no-store',
      })
    } catch {
      return error(502, 'Bad Gateway', 'The content lake is not reachable')
    }
    if (upstream.status !== 200 || !upstream.body) {
      await upstream.body?.cancel()
      return error(
        upstream.status === 200 ? 502 : upstream.status,
        'Upstream Error',
        'The content lake refused',
      )
    }
    return new Response(upstream.body, {
      status: 200,
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
        // Published-content tags only: any origin may listen (a reader on another host name of the site too).
        'access-control-allow-origin': '*',
      },
    })
  }
}
