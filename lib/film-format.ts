// How film facts read on the page: runtime, certificates, releases.
import { formatDayMonth, formatUkDate } from './dates.ts'

/** 105 -> '1h 45m', 90 -> '1h 30m', 120 -> '2h', 45 -> '45m'. */
export function formatRuntime(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes))
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  if (hours === 0) return `${rest}m`
  return rest === 0 ? `${hours}h` : `${hours}h ${rest}m`
}

export type ReleaseMedium = 'cinema' | 'streaming' | 'home'

/** 'cinemas', 'on Netflix', 'on digital and disc' — the tail of a release line. */
function where(medium: string | null, territory: string, platform: string | null | undefined): string {
  const place = territory
  if (medium === 'streaming') return platform ? `on ${platform} in the ${place}` : `streaming in the ${place}`
  if (medium === 'home')
    return platform ? `on ${platform} in the ${place}` : `on home entertainment in the ${place}`
  return `in ${place} cinemas`
}

/** 'Ballerina is out in UK cinemas on 6 June.' / '... is out on Netflix in the UK on 6 June.' */
export function releaseLine(release: {
  title: string
  medium: string | null
  territory: string
  date: string
  platform?: string | null
}): string {
  const day = formatDayMonth(release.date)
  return `${release.title} is out ${where(release.medium, release.territory, release.platform)} on ${day}.`
}

/** A release as a row of the facts box: '6 June 2025 (cinemas)'. */
export function releaseSummary(release: {
  date: string
  medium: string | null
  platform?: string | null
}): string {
  const medium =
    release.medium === 'streaming'
      ? (release.platform ?? 'streaming')
      : release.medium === 'home'
        ? 'home'
        : 'cinemas'
  return `${formatUkDate(release.date)} (${medium})`
}

/** The release a story's release line mentions: the UK cinema release if any, else the first UK one, else the first. */
export function primaryRelease<Release extends { territory: string; medium: string | null }>(
  releases: readonly Release[] | null | undefined,
): Release | undefined {
  const list = releases ?? []
  return (
    list.find((release) => release.territory === 'UK' && release.medium === 'cinema') ??
    list.find((release) => release.territory === 'UK') ??
    list[0]
  )
}
