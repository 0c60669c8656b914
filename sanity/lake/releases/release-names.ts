// How releases are named: a release `r1` is the document `_.releases.r1`, and its versions of `x` are
// `versions.r1.x`. Names that a perspective reserves (`drafts`, `published`, `raw`) are refused.

export const RELEASE_DOCUMENT_TYPE = 'system.release'
export const RELEASE_ID_PREFIX = '_.releases.'
const VERSIONS_PREFIX = 'versions.'

/** Letters, digits, `_` and `-` (the client generates 8 alphanumerics; the Studio `r` + 8). */
const RELEASE_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$/
const RESERVED_NAMES: ReadonlySet<string> = new Set(['drafts', 'published', 'raw', 'previewDrafts'])

export function isValidReleaseName(name: string): boolean {
  return RELEASE_NAME_PATTERN.test(name) && !RESERVED_NAMES.has(name)
}

export function releaseDocumentId(name: string): string {
  return `${RELEASE_ID_PREFIX}${name}`
}

/** `r1` for `_.releases.r1`, else undefined. */
export function releaseNameOfDocumentId(id: string): string | undefined {
  if (!id.startsWith(RELEASE_ID_PREFIX)) return undefined
  const name = id.slice(RELEASE_ID_PREFIX.length)
  return isValidReleaseName(name) ? name : undefined
}

export function versionPrefix(name: string): string {
  return `${VERSIONS_PREFIX}${name}.`
}

/** The published id of a version of release `name`, or undefined when `id` is not one. */
export function publishedIdOfVersion(id: string, name: string): string | undefined {
  const prefix = versionPrefix(name)
  if (!id.startsWith(prefix)) return undefined
  const published = id.slice(prefix.length)
  return published === '' || published.startsWith('drafts.') || published.startsWith('versions.')
    ? undefined
    : published
}
