'use client'
// Shown on every page in draft mode: readers never see drafts, so an editor must always know they are
// looking at them, and have a way out that brings them back to the same page as readers see it.
import { usePathname } from 'next/navigation'
import styles from './DraftModeBar.module.css'

export const DISABLE_DRAFT_MODE_PATH = '/api/draft-mode/disable'

export function DraftModeBar() {
  const here = usePathname()
  return (
    <aside className={styles.bar} aria-label="Preview mode">
      <p className={styles.text}>
        <strong>Preview mode</strong> — you are seeing unpublished drafts.
      </p>
      <a className={styles.exit} href={`${DISABLE_DRAFT_MODE_PATH}?redirect=${encodeURIComponent(here)}`}>
        Exit preview
      </a>
    </aside>
  )
}
