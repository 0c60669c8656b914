// The lake's live event stream, relayed for readers' browsers (lib/live/live-proxy.ts).
import { getEnv } from '#lib/env.ts'
import { createLiveProxy } from '#lib/live/live-proxy.ts'

export const dynamic = 'force-dynamic'

export const GET = createLiveProxy({ env: getEnv })
