// A helpful 404: say what happened, offer search and the sections.
import { HoverPrefetchLink as Link } from '#components/links/HoverPrefetchLink.tsx'
import type { TitledLink } from '#lib/queries/fragments.ts'
import { sectionPath } from '#lib/urls.ts'
import { SearchForm } from '../search/SearchForm.tsx'
import styles from './NotFoundContent.module.css'

export function NotFoundContent({ sections }: { sections: TitledLink[] }) {
  return (
    <div className={styles.notFound}>
      <p className={styles.code}>404</p>
      <h1 className={styles.title}>We couldn’t find that page</h1>
      <p className={styles.text}>
        The link may be old, or the story may have moved. Try a search, or start from one of our sections.
      </p>
      <SearchForm label="Search for films, people and stories" />
      <nav aria-label="Start from a section" className={styles.sections}>
        <ul>
          <li>
            <Link href="/">Home</Link>
          </li>
          {sections.map((section) => (
            <li key={section.slug}>
              <Link href={sectionPath(section.slug)}>{section.title}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  )
}
