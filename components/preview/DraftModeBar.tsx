'use client'
// Shown on every page in draft mode: readers never see drafts, so an editor must always know they are
// looking at them, and have a way out that brings them back to the same page as readers see it.
import { usePathname } from 'next/navigation'
import styles from './DraftModeBar.module.css'

export const DISABLE_DRAFT_MODE_PATH = '/api/draft-mode/disable'

/** What the editor is looking at: drafts, or the named releases on top of them. */
export function previewDescription(releases: readonly string[]): string {
  if (releases.length === 0) return 'you are seeing unpublished drafts.'
  const names = releases.map((title) => `“${title}”`).join(', ')
  return `you are seeing ${releases.length === 1 ? 'release' : 'releases'} ${names}, over unpublished drafts.`
}

export function DraftModeBar({ releases = [] }: { releases?: readonly string[] }) {
  const here = usePathname()
  return (
    <aside className={styles.bar} aria-label="Preview mode">
      <p className={styles.text}>
        <strong>Preview mode</strong> — {previewDescription(releases)}
      </p>
      <a className={styles.exit} href={`${DISABLE_DRAFT_MODE_PATH}?redirect=${encodeURIComponent(here)}`}>
        Exit preview
      </a>
    </aside>
  )
}
