// Star ratings: 0.5 to 5 in half stars, shown in previews as '★★★½'.

export const RATING_MIN = 0.5
export const RATING_MAX = 5
export const RATING_STEP = 0.5

export function validateRating(value: unknown): true | string {
  if (value === undefined || value === null) return true
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'Rating must be a number'
  if (value < RATING_MIN || value > RATING_MAX)
    return `Rating must be between ${RATING_MIN} and ${RATING_MAX}`
  if (!Number.isInteger(value / RATING_STEP)) return 'Rating must be in half stars (e.g. 3 or 3.5)'
  return true
}

/** '★★★½' for 3.5; an empty string when the rating is missing or invalid. */
export function ratingStars(value: unknown): string {
  if (validateRating(value) !== true || typeof value !== 'number') return ''
  const whole = Math.floor(value)
  return '★'.repeat(whole) + (value - whole === RATING_STEP ? '½' : '')
}
