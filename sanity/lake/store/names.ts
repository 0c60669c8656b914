// Naming rules shared by the store, the mutation engine and the HTTP layer.

/** Sanity's dataset names: lowercase letters, digits, `_` and `-`, starting with a letter or digit, at most 64 characters. */
export const DATASET_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/

export function isValidDatasetName(name: string): boolean {
  return DATASET_NAME_PATTERN.test(name)
}

/**
 * Sanity's document ids: letters (either case: Sanity's own generated ids are mixed case), digits, `_`, `-`
 * and `.`, not starting with `-` or `.`, at most 128 characters.
 */
export const DOCUMENT_ID_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9_.-]{0,127}$/

export function isValidDocumentId(id: string): boolean {
  return DOCUMENT_ID_PATTERN.test(id) && !id.endsWith('.') && !id.includes('..')
}

/**
 * Ids in a sub-path (`drafts.x`, `versions.r.x`, `_.releases.x`) are private in Sanity: only authenticated
 * requests see them. Root ids (no `.`) are what anonymous readers of a public dataset get.
 */
export function isPublicDocumentId(id: string): boolean {
  return !id.includes('.')
}

/** The published id a document belongs to: `drafts.x` and `versions.<release>.x` are variants of `x`. */
export function publishedIdOf(id: string): string {
  if (id.startsWith('drafts.')) return id.slice('drafts.'.length)
  if (id.startsWith('versions.')) {
    const rest = id.slice('versions.'.length)
    const dot = rest.indexOf('.')
    if (dot !== -1) return rest.slice(dot + 1)
  }
  return id
}
