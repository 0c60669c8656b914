// "Has the shape the Studio accepted": every key of the recorded JSON is present with a value of the same
// kind, recursively (arrays by their first items). Values themselves may differ: ids, times, revisions.

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/** Undefined when `actual` covers `expected`'s shape; otherwise the path and what differs. */
export function shapeMismatch(
  expected: unknown,
  actual: unknown,
  optional: ReadonlySet<string> = new Set(),
  path = '$',
): string | undefined {
  if (optional.has(path)) return undefined
  const expectedKind = kindOf(expected)
  const actualKind = kindOf(actual)
  if (expectedKind !== actualKind) return `${path}: expected ${expectedKind}, got ${actualKind}`
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length === 0 || actual.length === 0) return undefined
    return shapeMismatch(expected[0], actual[0], optional, `${path}[0]`)
  }
  if (typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual !== null) {
    const actualEntries = new Map(Object.entries(actual))
    for (const [key, value] of Object.entries(expected)) {
      if (!actualEntries.has(key) && !optional.has(`${path}.${key}`)) return `${path}.${key}: missing`
      const mismatch = shapeMismatch(value, actualEntries.get(key), optional, `${path}.${key}`)
      if (mismatch) return mismatch
    }
  }
  return undefined
}
