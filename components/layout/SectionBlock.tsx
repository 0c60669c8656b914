// A titled block of a page (home's 'Latest reviews', a film's coverage) with an optional 'See all' link.

import type { ReactNode } from 'react'
import { HoverPrefetchLink as Link } from '#components/links/HoverPrefetchLink.tsx'
import styles from './SectionBlock.module.css'

export interface SectionBlockProps {
  id: string
  title: string
  more?: { href: string; label: string }
  children: ReactNode
}

export function SectionBlock({ id, title, more, children }: SectionBlockProps) {
  return (
    <section className={styles.block} aria-labelledby={id}>
      <div className={styles.bar}>
        <h2 id={id} className={styles.title}>
          {title}
        </h2>
        {more ? (
          <Link href={more.href} className={styles.more}>
            {more.label}
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  )
}
