// A plain GET form to /search: works without JavaScript.
import { useId } from 'react'
import styles from './SearchForm.module.css'

export interface SearchFormProps {
  defaultValue?: string
  /** The masthead's small variant: on narrow screens only the button shows, leading to /search. */
  compact?: boolean
  label?: string
}

export function SearchForm({
  defaultValue = '',
  compact = false,
  label = 'Search Marquee',
}: SearchFormProps) {
  const inputId = useId()
  return (
    <search className={compact ? styles.compactLandmark : styles.landmark}>
      <form action="/search" method="get" className={compact ? styles.compact : styles.form}>
        <div className={styles.field}>
          <label htmlFor={inputId} className={compact ? 'visually-hidden' : styles.label}>
            {label}
          </label>
          <input
            id={inputId}
            className={styles.input}
            type="search"
            name="q"
            defaultValue={defaultValue}
            placeholder={compact ? 'Search' : 'Films, people, reviews…'}
            autoComplete="off"
            enterKeyHint="search"
          />
        </div>
        <button type="submit" className={styles.button}>
          {compact ? (
            <>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <circle cx="10.5" cy="10.5" r="6.5" />
                <path d="M15.5 15.5L21 21" />
              </svg>
              <span className="visually-hidden">Search</span>
            </>
          ) : (
            'Search'
          )}
        </button>
      </form>
    </search>
  )
}
