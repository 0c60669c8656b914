// Numbered pagination for listings (?page=2). Page 1 is the bare path, so it has one URL.
import { HoverPrefetchLink as Link } from '#components/links/HoverPrefetchLink.tsx'
import styles from './Pagination.module.css'

export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?page=${page}`
}

export interface PaginationProps {
  basePath: string
  page: number
  pageCount: number
}

export function Pagination({ basePath, page, pageCount }: PaginationProps) {
  if (pageCount <= 1) return null
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1)
  return (
    <nav aria-label="Pagination" className={styles.pagination}>
      {/* React hoists these into <head>: rel prev/next for crawlers and browsers. */}
      {page > 1 ? <link rel="prev" href={pageHref(basePath, page - 1)} /> : null}
      {page < pageCount ? <link rel="next" href={pageHref(basePath, page + 1)} /> : null}
      {page > 1 ? (
        <Link href={pageHref(basePath, page - 1)} rel="prev" className={styles.step}>
          ← Newer
        </Link>
      ) : null}
      <ol className={styles.pages}>
        {pages.map((number) => (
          <li key={number}>
            {number === page ? (
              <span aria-current="page" className={styles.current}>
                <span className="visually-hidden">Page {number}</span>
                <span aria-hidden="true">{number}</span>
              </span>
            ) : (
              <Link href={pageHref(basePath, number)} className={styles.page} aria-label={`Page ${number}`}>
                {number}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page < pageCount ? (
        <Link href={pageHref(basePath, page + 1)} rel="next" className={styles.step}>
          Older →
        </Link>
      ) : null}
    </nav>
  )
}
