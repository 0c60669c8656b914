// A star rating drawn as five stars, read out as '3.5 out of 5 stars'.
import { ratingLabel, type StarFill, starFills } from '#lib/rating.ts'
import styles from './StarRating.module.css'

const STAR_PATH = 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z'

function Star({ fill }: { fill: StarFill }) {
  // A half star is an outline with a filled star clipped to its left half on top.
  return (
    <span className={styles.star} data-fill={fill}>
      <svg className={styles.outline} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={STAR_PATH} />
      </svg>
      {fill === 'empty' ? null : (
        <span className={fill === 'half' ? styles.halfFill : styles.fullFill}>
          <svg className={styles.solid} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={STAR_PATH} />
          </svg>
        </span>
      )}
    </span>
  )
}

export function StarRating({ rating, size = 'medium' }: { rating: number; size?: 'small' | 'medium' }) {
  const label = ratingLabel(rating)
  return (
    <span className={`${styles.rating} ${styles[size]}`} role="img" aria-label={label}>
      {starFills(rating).map((fill, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the five positions are fixed.
        <Star key={index} fill={fill} />
      ))}
    </span>
  )
}
