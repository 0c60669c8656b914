// GET /api/draft-mode/disable?redirect=/path: leaves draft mode (and the previewed perspective) and goes back
// to the page, now as readers see it. Only same-site paths; anything else goes home.
import { perspectiveCookieName } from '@sanity/preview-url-secret/constants'
import { cookies, draftMode } from 'next/headers'
import { safeRedirectPath } from './redirect-path.ts'

export async function disableDraftMode(request: Request): Promise<Response> {
  const wanted = new URL(request.url).searchParams.get('redirect')
  const location = (wanted === null ? undefined : safeRedirectPath(wanted)) ?? '/'
  ;(await draftMode()).disable()
  ;(await cookies()).delete(perspectiveCookieName)
  return new Response(null, {
    status: 307,
    headers: { location, 'cache-control': 'private, no-store' },
  })
}
