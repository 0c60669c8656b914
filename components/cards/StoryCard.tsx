// A story as a card: image, kicker, headline (the link), standfirst, rating and byline.
import { HoverPrefetchLink as Link } from '#components/links/HoverPrefetchLink.tsx'
import { formatUkDate, isoDate } from '#lib/dates.ts'
import type { ArticleCard } from '#lib/queries/fragments.ts'
import { storyPath } from '#lib/urls.ts'
import { StarRating } from '../article/StarRating.tsx'
import { Picture } from '../media/Picture.tsx'
import styles from './StoryCard.module.css'

const KIND_LABELS = { news: 'News', feature: 'Feature', interview: 'Interview', list: 'List' } as const

/** The small label above a headline: 'Review', 'News', 'Feature'... */
export function storyKicker(story: Pick<ArticleCard, '_type' | 'kind' | 'section'>): string {
  if (story._type === 'review') return 'Review'
  if (story.kind) return KIND_LABELS[story.kind]
  return story.section?.title ?? 'Story'
}

export interface StoryCardProps {
  story: ArticleCard
  variant?: 'standard' | 'lead' | 'compact'
  /** `sizes` for the card image in its grid. */
  sizes?: string
  /** Headline level inside the surrounding section (h2 on listings, h3 under a section heading). */
  headingLevel?: 2 | 3
  priority?: boolean
}

export function StoryCard({
  story,
  variant = 'standard',
  sizes = '(min-width: 64rem) 24rem, (min-width: 40rem) 45vw, 100vw',
  headingLevel = 3,
  priority = false,
}: StoryCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const href = storyPath(story)
  return (
    <article className={`${styles.card} ${styles[variant]}`}>
      {variant !== 'compact' && story.heroImage?.asset ? (
        <div className={styles.media}>
          <Picture
            figure={story.heroImage}
            sizes={sizes}
            aspectRatio={variant === 'lead' ? 16 / 9 : 3 / 2}
            maxWidth={variant === 'lead' ? 2000 : 1024}
            priority={priority}
          />
        </div>
      ) : null}
      <div className={styles.text}>
        <p className={styles.kicker}>{storyKicker(story)}</p>
        <Heading className={styles.headline}>
          <Link href={href} className={styles.link}>
            {story.headline}
          </Link>
        </Heading>
        {story.rating !== null ? (
          <div className={styles.rating}>
            <StarRating rating={story.rating} size="small" />
          </div>
        ) : null}
        {variant !== 'compact' && story.standfirst ? (
          <p className={styles.standfirst}>{story.standfirst}</p>
        ) : null}
        <p className={styles.meta}>
          {story.authors.length > 0 ? (
            <span>{story.authors.map((author) => author.name).join(', ')}</span>
          ) : null}
          {story.publishedAt ? (
            <time dateTime={isoDate(story.publishedAt)}>{formatUkDate(story.publishedAt)}</time>
          ) : null}
        </p>
      </div>
    </article>
  )
}
