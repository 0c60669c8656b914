// GET /api/draft-mode/enable: next-sanity's own enable route (`defineEnableDraftMode`, which validates the
// Presentation tool's secret with @sanity/preview-url-secret against the lake or hosted Sanity), guarded
// first: the page it redirects to must be a same-site path (see redirect-path.ts), and without a preview
// token it fails closed with a clear message instead of enabling a draft mode that cannot read drafts.
import { urlSearchParamPreviewPathname } from '@sanity/preview-url-secret/constants'
import { createSanityClient } from '../client.ts'
import type { SanityEnv } from '../env.ts'
import { safeRedirectPath } from './redirect-path.ts'

function refuse(statusCode: number, error: string, message: string): Response {
  return Response.json(
    { error, message, statusCode },
    { status: statusCode, headers: { 'cache-control': 'private, no-store' } },
  )
}

export function createEnableDraftModeHandler(env: () => SanityEnv) {
  return async function enableDraftMode(request: Request): Promise<Response> {
    const pathname = new URL(request.url).searchParams.get(urlSearchParamPreviewPathname)
    if (pathname !== null && safeRedirectPath(pathname) === undefined) {
      return refuse(400, 'Bad Request', `"${urlSearchParamPreviewPathname}" must be a path on this site`)
    }
    const config = env()
    if (!config.previewToken) {
      console.error(
        'draft mode: no preview token (SANITY_PREVIEW_TOKEN or SANITY_API_READ_TOKEN); refusing to enable it',
      )
      return refuse(500, 'Internal Server Error', 'Draft mode is not configured on this site')
    }
    const client = createSanityClient(config, { token: config.previewToken })
    // Loaded here, past the guards: it needs Next's request scope (next/headers), which only Next provides.
    const { defineEnableDraftMode } = await import('next-sanity/draft-mode')
    return defineEnableDraftMode({ client }).GET(request)
  }
}
