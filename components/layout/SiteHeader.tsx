// The masthead: skip link target order is set by the layout; here the title, main navigation and search.
import { HoverPrefetchLink as Link } from '#components/links/HoverPrefetchLink.tsx'
import type { NavItem } from '#lib/queries/settings.ts'
import { SearchForm } from '../search/SearchForm.tsx'
import styles from './SiteHeader.module.css'

export interface SiteHeaderProps {
  title: string
  navigation: NavItem[]
}

export function SiteHeader({ title, navigation }: SiteHeaderProps) {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          <span className={styles.mark} aria-hidden="true" />
          {title}
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <ul>
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className={styles.search}>
          <SearchForm compact />
        </div>
      </div>
    </header>
  )
}
