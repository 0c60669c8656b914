// The reader site's layout: header and footer from siteSettings around every reader page.
import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { SiteFrame } from '#components/layout/SiteFrame.tsx'
import { RenderWhenIdle } from '#components/live/RenderWhenIdle.tsx'
import { DraftModeBar } from '#components/preview/DraftModeBar.tsx'
import { PreviewEditing } from '#components/preview/PreviewEditing.tsx'
import { isDraftMode } from '#lib/draft/draft-mode.ts'
import { expireLiveTags } from '#lib/live/expire-live-tags.ts'
import { readerLive } from '#lib/live/reader-live.ts'
import { siteMetadata } from '#lib/metadata.ts'
import { getSiteMeta, getSiteSettings } from '#lib/site-settings.ts'

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await getSiteMeta())
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const { SanityLive } = readerLive()
  // Draft mode (lib/draft/): a bar saying so, with a way out, and Presentation's click-to-edit overlays.
  const draft = await isDraftMode()
  return (
    <>
      {draft ? <DraftModeBar /> : null}
      <SiteFrame data={await getSiteSettings()}>{children}</SiteFrame>
      {/* Live updates connect once the page has loaded and gone idle, not during hydration. */}
      <RenderWhenIdle>
        <SanityLive action={expireLiveTags} onWelcome={false} onReconnect={false} />
      </RenderWhenIdle>
      {draft ? <PreviewEditing /> : null}
    </>
  )
}
