'use client'
// When a page cannot be rendered (the content source is unreachable and nothing is cached yet):
// say so plainly and offer a retry, inside the site's layout.
import Link from 'next/link'
import styles from '#components/layout/NotFoundContent.module.css'

export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className={styles.notFound}>
      <p className={styles.code}>Sorry</p>
      <h1 className={styles.title}>This page could not be loaded</h1>
      <p className={styles.text}>Something went wrong on our side. Try again in a moment.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        or <Link href="/">go to the home page</Link>.
      </p>
    </div>
  )
}
