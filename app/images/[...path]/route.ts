// GET /images/…: the lake's images through the site's origin (images-handler.ts), with the preview token in
// draft mode.
import { isDraftMode } from '#lib/draft/draft-mode.ts'
import { getEnv } from '#lib/env.ts'
import { createImagesHandler } from './images-handler.ts'

export const GET = createImagesHandler({ env: getEnv, isDraftMode })
