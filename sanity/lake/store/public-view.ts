// What anonymous readers may see, kept beside the index of every document (by LakeStore and by each query
// worker's replica, in the same order). Root ids only, as before, with one exception: an asset that only
// versions in releases use (the still of an embargoed review) is held back until something else uses it,
// usually the published review its release writes. Sanity's CDN serves every asset to anyone; the lake
// closes that gap for embargoes. Drafts keep the old rule: an asset a draft uses stays public.
import type { DocumentIndex, LakeDocument } from '../query/document-index.ts'
import { referencedIds } from '../query/document-keys.ts'
import { isPublicDocumentId } from './names.ts'

export interface IndexPair {
  /** Every document. */
  readonly all: DocumentIndex
  /** The documents anonymous readers may see. */
  readonly public: DocumentIndex
}

/** Asset document ids, as `assets/asset-names.ts` makes them (`image-<sha1>-WxH-ext`, `file-<sha1>-ext`). */
const ASSET_ID = /^(image|file)-[0-9a-f]{40}-/

/** True when versions reference the asset and nothing else does. */
export function onlyVersionsUse(all: DocumentIndex, assetId: string): boolean {
  const users = all.referencing(assetId)
  return users.length > 0 && users.every((user) => user._id.startsWith('versions.'))
}

function isPubliclyVisible(all: DocumentIndex, id: string): boolean {
  if (!isPublicDocumentId(id)) return false
  return !ASSET_ID.test(id) || !onlyVersionsUse(all, id)
}

export function putInPair(pair: IndexPair, document: LakeDocument): void {
  const before = pair.all.get(document._id)
  pair.all.put(document)
  resync(pair, document._id, before, document)
}

export function removeFromPair(pair: IndexPair, id: string): void {
  const before = pair.all.get(id)
  pair.all.remove(id)
  resync(pair, id, before, undefined)
}

/** The written document, and every asset it used before or uses now, may have changed sides. */
function resync(
  pair: IndexPair,
  id: string,
  before: LakeDocument | undefined,
  after: LakeDocument | undefined,
): void {
  syncOne(pair, id)
  const assets = new Set<string>()
  for (const document of [before, after]) {
    if (document === undefined) continue
    for (const ref of referencedIds(document)) if (ASSET_ID.test(ref) && ref !== id) assets.add(ref)
  }
  for (const asset of assets) syncOne(pair, asset)
}

function syncOne(pair: IndexPair, id: string): void {
  const document = pair.all.get(id)
  if (document !== undefined && isPubliclyVisible(pair.all, id)) {
    // Putting the same object again would bump the public view's version and drop its query caches.
    if (pair.public.get(id) !== document) pair.public.put(document)
  } else if (pair.public.get(id) !== undefined) {
    pair.public.remove(id)
  }
}
