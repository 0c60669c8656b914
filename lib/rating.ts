// Star ratings: 0.5 to 5 in halves. The accessible text is what screen readers and search engines read.
export const MAX_RATING = 5

/** '3 out of 5 stars', '3.5 out of 5 stars', '1 out of 5 stars'. */
export function ratingLabel(rating: number): string {
  return `${formatRating(rating)} out of ${MAX_RATING} stars`
}

function formatRating(rating: number): string {
  const clamped = Math.min(MAX_RATING, Math.max(0, Math.round(rating * 2) / 2))
  return Number.isInteger(clamped) ? String(clamped) : clamped.toFixed(1)
}

export type StarFill = 'full' | 'half' | 'empty'

/** The five stars to draw for a rating. */
export function starFills(rating: number): StarFill[] {
  const halves = Math.round(Math.min(MAX_RATING, Math.max(0, rating)) * 2)
  return Array.from({ length: MAX_RATING }, (_, index) => {
    const remaining = halves - index * 2
    if (remaining >= 2) return 'full'
    if (remaining === 1) return 'half'
    return 'empty'
  })
}
