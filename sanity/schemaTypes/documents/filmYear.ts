// A film's year for previews and listings: the earliest release date we know.

export function filmYear(dates: readonly unknown[]): string | undefined {
  const years = dates
    .filter((date): date is string => typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date))
    .map((date) => Number(date.slice(0, 4)))
  return years.length > 0 ? String(Math.min(...years)) : undefined
}
