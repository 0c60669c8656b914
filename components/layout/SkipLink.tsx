// The first focusable element on every page: jumps past the masthead to the content.
import styles from './SkipLink.module.css'

export function SkipLink({ target = 'main' }: { target?: string }) {
  return (
    <a href={`#${target}`} className={styles.skip}>
      Skip to content
    </a>
  )
}
