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
      return parseStack(value)
  }
}

const MAX_STACK_LAYERS = 16
/** A release name (as `isValidReleaseName`), `drafts` or `published`. */
const LAYER_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$/

/**
 * `r1`, `r1,drafts`, `r1,r2,drafts,published` (@sanity/client joins an array with commas): releases in
 * priority order; `published` is implied at the bottom. `raw` cannot be stacked (as in @sanity/client).
 */
function parseStack(value: string): Perspective {
  const layers = value.split(',').map((layer) => layer.trim())
  if (layers.length > MAX_STACK_LAYERS) {
    throw badRequest(`Invalid perspective: at most ${MAX_STACK_LAYERS} perspectives can be stacked`)
  }
  for (const layer of layers) {
    if (layer === 'raw' || layer === 'previewDrafts') {
      throw badRequest(
        `Invalid perspective "${value}": "${layer}" can not be combined with other perspectives`,
      )
    }
    if (!LAYER_PATTERN.test(layer)) {
      throw badRequest(
        `Invalid perspective "${value}": expected raw, published, drafts or release names separated by commas`,
      )
    }
  }
  const [first] = layers
  if (layers.length === 1 && (first === 'drafts' || first === 'published')) return first
  return { layers }
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
