// The values a document is indexed under. Each function mirrors how groq-js evaluates the matching filter,
// so an index lookup never misses a document the filter would accept.

/** `slug.current`, when it is a string (attribute access only reads own properties of plain objects). */
export function slugOf(doc: Record<string, unknown>): string | undefined {
  const slug = Object.hasOwn(doc, 'slug') ? doc.slug : undefined
  if (!isPlainObject(slug) || !Object.hasOwn(slug, 'current')) return undefined
  const current = slug.current
  return typeof current === 'string' ? current : undefined
}

/** `_type`, when it is a string. */
export function typeOf(doc: Record<string, unknown>): string | undefined {
  return typeof doc._type === 'string' ? doc._type : undefined
}

/**
 * Every id for which groq-js's `references(id)` is true on this document: it walks arrays and objects, and an
 * object with a truthy `_ref` is a reference (matched on that `_ref` alone; its other fields are not searched).
 */
export function referencedIds(doc: unknown): Set<string> {
  const ids = new Set<string>()
  collectReferences(doc, ids)
  return ids
}

function collectReferences(value: unknown, ids: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, ids)
    return
  }
  if (!isPlainObject(value)) return
  if (value._ref) {
    if (typeof value._ref === 'string') ids.add(value._ref)
    return
  }
  for (const child of Object.values(value)) collectReferences(child, ids)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The string `_ref`s a filter can reach as `attr._ref` or `attr[]._ref`: of top-level attributes holding a
 * reference object, or an array of them. Answers `attr._ref == id` and `id in attr[]._ref` (a superset).
 */
export function shallowRefs(doc: Record<string, unknown>): Set<string> {
  const ids = new Set<string>()
  const add = (value: unknown) => {
    if (isPlainObject(value) && Object.hasOwn(value, '_ref') && typeof value._ref === 'string')
      ids.add(value._ref)
  }
  for (const value of Object.values(doc)) {
    if (Array.isArray(value)) for (const item of value) add(item)
    else add(value)
  }
  return ids
}
