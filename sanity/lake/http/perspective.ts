// Which perspective a query runs under, and on which index: anonymous readers only ever get published,
// root-path documents, whatever they ask for.
import type { DocumentIndex } from '../query/document-index.ts'
import type { Perspective } from '../query/run-query.ts'
import type { LakeStore } from '../store/lake-store.ts'
import { isVersionAtLeast } from './api-version.ts'
import type { Identity } from './auth.ts'
import { badRequest } from './http-error.ts'

/** From API v2025-02-19 on, Sanity's default perspective is `published`; before it, `raw`. */
export const PUBLISHED_BY_DEFAULT_SINCE = '2025-02-19'

export function parsePerspective(value: string | null | undefined, apiVersion: string): Perspective {
  if (value === null || value === undefined || value === '') {
    return isVersionAtLeast(apiVersion, PUBLISHED_BY_DEFAULT_SINCE) ? 'published' : 'raw'
  }
  switch (value) {
    case 'raw':
    case 'published':
    case 'drafts':
      return value
    case 'previewDrafts':
      // The pre-2025 name of `drafts`.
      return 'drafts'
    default:
      throw badRequest(
        `Invalid perspective "${value}": the lake supports raw, published and drafts (release perspectives are not supported)`,
      )
  }
}

export interface QueryTarget {
  index: DocumentIndex
  perspective: Perspective
}

/**
 * Anonymous requests are served the published perspective over the public index (ids without a `.`), like a
 * public Sanity dataset, where drafts need read grants: they get published content, not a 401.
 */
export function queryTarget(
  store: LakeStore,
  dataset: string,
  identity: Identity,
  requested: Perspective,
): QueryTarget | undefined {
  if (identity.kind === 'anonymous') {
    const index = store.publicIndex(dataset)
    return index ? { index, perspective: 'published' } : undefined
  }
  const index = store.index(dataset)
  return index ? { index, perspective: requested } : undefined
}
