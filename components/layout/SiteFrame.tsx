// The reader site's chrome around a page: skip link, masthead, <main>, footer.
import type { ReactNode } from 'react'
import type { SiteSettings } from '#lib/queries/settings.ts'
import { sectionPath } from '#lib/urls.ts'
import { SiteFooter } from './SiteFooter.tsx'
import styles from './SiteFrame.module.css'
import { SiteHeader } from './SiteHeader.tsx'
import { SkipLink } from './SkipLink.tsx'

const FALLBACK_TITLE = 'Marquee'

export function SiteFrame({ data, children }: { data: SiteSettings; children: ReactNode }) {
  const title = data.settings?.title || FALLBACK_TITLE
  // Editors curate the navigation; until they do, the sections stand in for it.
  const navigation =
    data.settings && data.settings.navigation.length > 0
      ? data.settings.navigation
      : data.sections.map((section) => ({ label: section.title, href: sectionPath(section.slug) }))
  return (
    <div className={styles.frame}>
      <SkipLink />
      <SiteHeader title={title} navigation={navigation} />
      <main id="main" tabIndex={-1} className={styles.main}>
        {children}
      </main>
      <SiteFooter
        title={title}
        description={data.settings?.description ?? null}
        sections={data.sections}
        social={data.settings?.social ?? null}
      />
    </div>
  )
}
