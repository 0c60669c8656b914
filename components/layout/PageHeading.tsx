// The heading block of a listing-like page: a small label, the title and an optional description.
import type { ReactNode } from 'react'
import styles from './PageHeading.module.css'

export interface PageHeadingProps {
  label?: string
  title: string
  description?: string | null
  children?: ReactNode
}

export function PageHeading({ label, title, description, children }: PageHeadingProps) {
  return (
    <header className={styles.heading}>
      {label ? <p className={styles.label}>{label}</p> : null}
      <h1 className={styles.title}>{title}</h1>
      {description ? <p className={styles.description}>{description}</p> : null}
      {children}
    </header>
  )
}
