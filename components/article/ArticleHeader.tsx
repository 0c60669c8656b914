// The top of a story: section kicker, headline, standfirst, rating and verdict, byline and dates.
import { HoverPrefetchLink as Link } from '#components/links/HoverPrefetchLink.tsx'
import { formatUkDate, isoDate } from '#lib/dates.ts'
import type { Byline } from '#lib/queries/article.ts'
import { authorPath } from '#lib/urls.ts'
import styles from './ArticleHeader.module.css'
import { StarRating } from './StarRating.tsx'

export interface ArticleHeaderProps {
  kicker: { label: string; href: string } | null
  headline: string
  standfirst: string | null
  authors: Byline[]
  publishedAt: string | null
  updatedAt: string | null
  readingMinutes: number
  rating: number | null
  verdict: string | null
  spoilers: boolean
}

function Authors({ authors }: { authors: Byline[] }) {
  return (
    <>
      {authors.map((author, index) => (
        <span key={author.slug}>
          {index > 0 ? (index === authors.length - 1 ? ' and ' : ', ') : null}
          <Link href={authorPath(author.slug)} className={styles.author}>
            {author.name}
          </Link>
        </span>
      ))}
    </>
  )
}

export function ArticleHeader(props: ArticleHeaderProps) {
  const { kicker, headline, standfirst, authors, publishedAt, updatedAt, rating, verdict } = props
  const showUpdated = Boolean(updatedAt && publishedAt && updatedAt.slice(0, 10) !== publishedAt.slice(0, 10))
  return (
    <header className={styles.header}>
      <div className={styles.labels}>
        {kicker ? (
          <Link href={kicker.href} className={styles.kicker}>
            {kicker.label}
          </Link>
        ) : null}
        {props.spoilers ? <span className={styles.spoiler}>Contains spoilers</span> : null}
      </div>
      <h1 className={styles.headline}>{headline}</h1>
      {standfirst ? <p className={styles.standfirst}>{standfirst}</p> : null}
      {rating !== null ? (
        <div className={styles.verdict}>
          <StarRating rating={rating} />
          {verdict ? <p className={styles.verdictText}>{verdict}</p> : null}
        </div>
      ) : null}
      <div className={styles.meta}>
        {authors.length > 0 ? (
          <p className={styles.byline}>
            By <Authors authors={authors} />
            {authors.length === 1 && authors[0]?.role ? (
              <span className={styles.role}>, {authors[0].role}</span>
            ) : null}
          </p>
        ) : null}
        <p className={styles.dates}>
          {publishedAt ? (
            <span>
              Published <time dateTime={isoDate(publishedAt)}>{formatUkDate(publishedAt)}</time>
            </span>
          ) : null}
          {showUpdated && updatedAt ? (
            <span>
              Updated <time dateTime={isoDate(updatedAt)}>{formatUkDate(updatedAt)}</time>
            </span>
          ) : null}
          <span>{props.readingMinutes} min read</span>
        </p>
      </div>
    </header>
  )
}
