// Whether an incoming document differs from the stored one, ignoring what the lake stamps on every write.
import { isRecord } from './ndjson.ts'

const STAMPED_FIELDS = new Set(['_rev', '_updatedAt', '_createdAt'])

export function sameContent(incoming: Record<string, unknown>, stored: Record<string, unknown>): boolean {
  return canonical(withoutStamps(incoming)) === canonical(withoutStamps(stored))
}

function withoutStamps(document: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(document).filter(([key]) => !STAMPED_FIELDS.has(key)))
}

/** JSON with object keys sorted, so key order does not count as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (isRecord(value)) {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => value[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
