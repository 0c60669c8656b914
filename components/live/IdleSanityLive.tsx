'use client'
// next-sanity's client `<SanityLive />`, started once the page is idle (RenderWhenIdle): on a live event it
// hands the tags to expireLiveTags (the site's expiry route) and refreshes the page. The props are the
// ones next-sanity's server `<SanityLive />` would pass for an anonymous, published-only reader.
import { SanityLive } from 'next-sanity/live/client-components'
import { expireLiveTags } from '#lib/live/expire-live-tags.ts'
import type { ReaderLiveConfig } from '#lib/live/reader-live.ts'
import { RenderWhenIdle } from './RenderWhenIdle.tsx'

/** next-sanity's request tag for the live connection. */
const LIVE_REQUEST_TAG = 'next-loader.live'

export function IdleSanityLive({ config }: { config: ReaderLiveConfig }) {
  return (
    <RenderWhenIdle>
      <SanityLive
        config={config}
        includeDrafts={undefined}
        requestTag={LIVE_REQUEST_TAG}
        waitFor={undefined}
        action={expireLiveTags}
        onError={undefined}
        onWelcome={false}
        onReconnect={false}
        onRestart={undefined}
        onGoAway={undefined}
      />
    </RenderWhenIdle>
  )
}
