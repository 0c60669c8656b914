// GET /v{v}/data/doc/{dataset}/{id,id,...}: documents by id straight from the committed store (read-your-writes).

import type { LakeDocument } from '../../query/document-index.ts'
import { isPublicDocumentId, isValidDocumentId } from '../../store/names.ts'
import { existingDataset, flag } from '../dataset-param.ts'
import { badRequest } from '../http-error.ts'
import { sendJson } from '../response.ts'
import type { LakeRequest, Route } from '../types.ts'

const MAX_IDS = 1000

interface Omitted {
  id: string
  reason: 'existence' | 'permission'
}

/** `excludeContent=true` (the Studio's availability check) only needs to know what exists. */
function withoutContent(document: LakeDocument): LakeDocument {
  return { _id: document._id, _type: document._type, _rev: document._rev }
}

function getDocuments({ res, url, lake, identity, params }: LakeRequest): void {
  const dataset = existingDataset(lake.store, params)
  const ids = [
    ...new Set(
      (params.ids ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== ''),
    ),
  ]
  if (ids.length === 0) throw badRequest('No document IDs given')
  if (ids.length > MAX_IDS) throw badRequest(`At most ${MAX_IDS} document IDs per request`)
  const excludeContent = flag(url, 'excludeContent', false)
  const documents: LakeDocument[] = []
  const omitted: Omitted[] = []
  for (const id of ids) {
    // Anonymous readers learn nothing about private ids, not even whether they exist.
    if (identity.kind === 'anonymous' && !isPublicDocumentId(id)) {
      omitted.push({ id, reason: 'permission' })
      continue
    }
    // The public view also holds back assets only versions use (store/public-view.ts): as if absent.
    const visible =
      identity.kind === 'anonymous' ? lake.store.publicIndex(dataset) : lake.store.index(dataset)
    const document = isValidDocumentId(id) ? visible?.get(id) : undefined
    if (document) documents.push(excludeContent ? withoutContent(document) : document)
    else omitted.push({ id, reason: 'existence' })
  }
  sendJson(res, 200, { documents, omitted })
}

export const docRoutes: readonly Route[] = [
  { path: 'data/doc/:dataset/:ids', versioned: true, methods: ['GET'], handle: getDocuments },
]
