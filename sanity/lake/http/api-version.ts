// The `/v{apiVersion}/` path prefix: `v1`, `vX` (experimental, "latest") or `vYYYY-MM-DD`.
import { badRequest } from './http-error.ts'

const DATE_VERSION = /^(\d{4})-(\d{2})-(\d{2})$/

/** Returns the version without the `v` ("1", "X", "2025-02-19"); throws 400 when malformed. */
export function parseApiVersion(segment: string): string {
  const version = segment.slice(1)
  if (version === '1' || version === 'X') return version
  const match = DATE_VERSION.exec(version)
  if (match) {
    const date = new Date(`${version}T00:00:00Z`)
    // Rejects impossible dates such as 2025-02-30, which Date would roll over.
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(version)) return version
  }
  throw badRequest(`Invalid API version "${segment}": use v1, vX or vYYYY-MM-DD, e.g. v2025-02-19`)
}

/** True when `version` is this date or later; `X` counts as the newest version, `1` as the oldest. */
export function isVersionAtLeast(version: string, date: string): boolean {
  if (version === 'X') return true
  if (version === '1') return false
  return version >= date
}
