// Dates as a British magazine prints them: '6 June 2025'. Datetimes are shown in UK time, so a story
// published at 00:30 BST on 7 June reads '7 June', not the UTC date.
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

const ukDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
})
const utcDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const utcDayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' })

function parse(value: string): Date | undefined {
  const date = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** '6 June 2025' for a date ('2025-06-06') or datetime; empty for something that is not a date. */
export function formatUkDate(value: string): string {
  const date = parse(value)
  if (!date) return ''
  // A calendar date has no time zone: format it as written.
  return DATE_ONLY.test(value) ? utcDate.format(date) : ukDate.format(date)
}

/** '6 June' for a calendar date, for release lines where the year is implied. */
export function formatDayMonth(value: string): string {
  const date = parse(value)
  return date ? utcDayMonth.format(date) : ''
}

/** The machine-readable value for <time dateTime>. */
export function isoDate(value: string): string {
  const date = parse(value)
  if (!date) return value
  return DATE_ONLY.test(value) ? value : date.toISOString()
}
