// The reader site's layout: header and footer from siteSettings around every reader page.
import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { SiteFrame } from '#components/layout/SiteFrame.tsx'
import { IdleSanityLive } from '#components/live/IdleSanityLive.tsx'
import { DraftModeBar } from '#components/preview/DraftModeBar.tsx'
import { PreviewEditing } from '#components/preview/PreviewEditing.tsx'
import { isDraftMode } from '#lib/draft/draft-mode.ts'
import { previewedReleaseTitles } from '#lib/draft/previewed-releases.ts'
import { readerLiveConfig } from '#lib/live/reader-live.ts'
import { siteMetadata } from '#lib/metadata.ts'
import { getSiteMeta, getSiteSettings } from '#lib/site-settings.ts'

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await getSiteMeta())
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  // Draft mode (lib/draft/): a bar saying so, with a way out, and Presentation's click-to-edit overlays.
  const draft = await isDraftMode()
  return (
    <>
      {draft ? <DraftModeBar releases={await previewedReleaseTitles()} /> : null}
      <SiteFrame data={await getSiteSettings()}>{children}</SiteFrame>
      {/* Live updates connect once the page has loaded and gone idle, not during hydration. */}
      <IdleSanityLive config={readerLiveConfig()} />
      {draft ? <PreviewEditing /> : null}
    </>
  )
}
