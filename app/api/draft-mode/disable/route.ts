// The draft bar's "Exit preview": see lib/draft/disable-draft-mode.ts.
import { disableDraftMode } from '#lib/draft/disable-draft-mode.ts'

export const dynamic = 'force-dynamic'

export const GET = disableDraftMode
