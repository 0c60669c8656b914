// The id family of one document: `x` (published), `drafts.x` (its draft), `versions.<release>.x` (its
// versions in releases). Actions name the published id and one member of the family, and must agree.
import { isValidDocumentId } from '../store/names.ts'

const DRAFTS_PREFIX = 'drafts.'
const VERSIONS_PREFIX = 'versions.'

/** A valid id that is not itself a draft or a version (`_.releases.x` style system ids pass). */
export function isPublishedId(id: string): boolean {
  return isValidDocumentId(id) && !id.startsWith(DRAFTS_PREFIX) && !id.startsWith(VERSIONS_PREFIX)
}

export function draftIdOf(publishedId: string): string {
  return `${DRAFTS_PREFIX}${publishedId}`
}

/** `versions.<release>.<publishedId>` with a release name without dots. */
export function isVersionIdOf(id: string, publishedId: string): boolean {
  if (!id.startsWith(VERSIONS_PREFIX) || !id.endsWith(`.${publishedId}`)) return false
  const release = id.slice(VERSIONS_PREFIX.length, id.length - publishedId.length - 1)
  return release !== '' && !release.includes('.') && isValidDocumentId(id)
}

export function isDraftIdOf(id: string, publishedId: string): boolean {
  return id === draftIdOf(publishedId)
}

/** The draft or a release version of `publishedId`: what Sanity calls a version id. */
export function isVersionOrDraftOf(id: string, publishedId: string): boolean {
  return isDraftIdOf(id, publishedId) || isVersionIdOf(id, publishedId)
}

/** The published id a draft or version id belongs to, or undefined for any other id. */
export function publishedIdOf(id: string): string | undefined {
  if (id.startsWith(DRAFTS_PREFIX)) {
    const rest = id.slice(DRAFTS_PREFIX.length)
    return isPublishedId(rest) ? rest : undefined
  }
  if (id.startsWith(VERSIONS_PREFIX)) {
    const rest = id.slice(VERSIONS_PREFIX.length)
    const dot = rest.indexOf('.')
    if (dot <= 0) return undefined
    const published = rest.slice(dot + 1)
    return isPublishedId(published) ? published : undefined
  }
  return undefined
}
