// The story's tags, each linking to its tag page.
import { HoverPrefetchLink as Link } from '#components/links/HoverPrefetchLink.tsx'
import type { TitledLink } from '#lib/queries/fragments.ts'
import { tagPath } from '#lib/urls.ts'
import styles from './TagList.module.css'

export function TagList({ tags }: { tags: TitledLink[] }) {
  if (tags.length === 0) return null
  return (
    <nav aria-label="Tags" className={styles.tags}>
      <ul>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={tagPath(tag.slug)}>{tag.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
