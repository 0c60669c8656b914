// The footer: sections, follow links from siteSettings.social, and the imprint.
import { HoverPrefetchLink as Link } from '#components/links/HoverPrefetchLink.tsx'
import type { TitledLink } from '#lib/queries/fragments.ts'
import type { Social } from '#lib/queries/settings.ts'
import { sectionPath } from '#lib/urls.ts'
import styles from './SiteFooter.module.css'

const SOCIAL_PROFILES: { key: keyof Social; label: string; url: (handle: string) => string }[] = [
  { key: 'x', label: 'X', url: (handle) => `https://x.com/${handle}` },
  { key: 'bluesky', label: 'Bluesky', url: (handle) => `https://bsky.app/profile/${handle}` },
  { key: 'threads', label: 'Threads', url: (handle) => `https://www.threads.net/@${handle}` },
  { key: 'facebook', label: 'Facebook', url: (handle) => `https://www.facebook.com/${handle}` },
  { key: 'instagram', label: 'Instagram', url: (handle) => `https://www.instagram.com/${handle}` },
]

export interface SiteFooterProps {
  title: string
  description: string | null
  sections: TitledLink[]
  social: Social | null
}

export function SiteFooter({ title, description, sections, social }: SiteFooterProps) {
  const profiles = SOCIAL_PROFILES.flatMap((profile) => {
    const handle = social?.[profile.key]
    return handle ? [{ label: profile.label, href: profile.url(handle) }] : []
  })
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <div className={styles.about}>
          <p className={styles.brand}>{title}</p>
          {description ? <p className={styles.description}>{description}</p> : null}
        </div>
        <nav aria-label="Sections" className={styles.column}>
          <h2 className={styles.heading}>Sections</h2>
          <ul>
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={sectionPath(section.slug)}>{section.title}</Link>
              </li>
            ))}
            <li>
              <Link href="/search">Search</Link>
            </li>
          </ul>
        </nav>
        {profiles.length > 0 ? (
          <nav aria-label="Follow us" className={styles.column}>
            <h2 className={styles.heading}>Follow</h2>
            <ul>
              {profiles.map((profile) => (
                <li key={profile.label}>
                  <a href={profile.href} rel="noopener noreferrer me">
                    {profile.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className={styles.column}>
          <h2 className={styles.heading}>More</h2>
          <ul>
            <li>
              <a href="/feed.xml">RSS feed</a>
            </li>
          </ul>
        </div>
      </div>
      <p className={styles.imprint}>
        © {new Date().getFullYear()} {title}
      </p>
    </footer>
  )
}
