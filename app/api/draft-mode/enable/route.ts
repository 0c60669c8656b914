// The Presentation tool's preview-mode URL (sanity/config/studioConfig.ts): see lib/draft/enable-draft-mode.ts.
import { createEnableDraftModeHandler } from '#lib/draft/enable-draft-mode.ts'
import { getEnv } from '#lib/env.ts'

export const dynamic = 'force-dynamic'

export const GET = createEnableDraftModeHandler(getEnv)
