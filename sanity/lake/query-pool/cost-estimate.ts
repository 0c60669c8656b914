// A static guess, from the text alone, of whether a query may run long. It only decides which worker may take
// it: heavy queries never run on the light-only worker, so a stream of them cannot starve ordinary reads.
import type { QueryShape } from '../query/query-limits.ts'

/** Longest string (literal or parameter) of an ordinary query; `match` against more is a heavy scan. */
const ORDINARY_STRING = 1_024
const ORDINARY_BYTES = 8_192
const ORDINARY_ARRAY = 1_000

function largeParam(value: unknown): boolean {
  if (typeof value === 'string') return value.length > ORDINARY_STRING
  if (Array.isArray(value)) return value.length > ORDINARY_ARRAY
  return false
}

/**
 * Heavy: more than one `*` (a scan inside a projection or filter can multiply with the outer one), a long text,
 * a long string literal, or a large parameter. Narrowed subqueries (`*[references(^._id)]`) count too: they are
 * cheap, but they share the heavy workers only while a hostile query holds them, and never longer than a deadline.
 */
export function isHeavyQuery(shape: QueryShape, params: Record<string, unknown>): boolean {
  if (shape.scans > 1 || shape.bytes > ORDINARY_BYTES || shape.longestString > ORDINARY_STRING) return true
  return Object.values(params).some(largeParam)
}
