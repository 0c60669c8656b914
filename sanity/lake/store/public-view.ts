// What anonymous readers may see, kept beside the index of every document (by LakeStore and by each query
// worker's replica, in the same order). Root ids only, as before, with one exception: an asset that only
// drafts and versions in releases use (a still uploaded into an unpublished draft, or an embargoed review's)
// is held back until a published document uses it, usually when the draft or the release is published.
// Sanity's CDN serves every asset to anyone; the lake closes that gap for drafts and embargoes. An asset
// nothing uses stays public: it was just uploaded (the Studio references it a moment later) or it lost its
// last user, and published content may still point at it by URL.
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

/**
 * How many unpublished documents (drafts and versions) and how many published ones reference an asset:
 * counted, never scanned for.
 */
interface AssetUse {
  unpublished: number
  published: number
}

const assetUses = new WeakMap<DocumentIndex, Map<string, AssetUse>>()

function usesOf(pair: IndexPair): Map<string, AssetUse> {
  let uses = assetUses.get(pair.all)
  if (uses === undefined) {
    uses = new Map()
    assetUses.set(pair.all, uses)
  }
  return uses
}

function isPubliclyVisible(pair: IndexPair, id: string): boolean {
  if (!isPublicDocumentId(id)) return false
  const use = ASSET_ID.test(id) ? usesOf(pair).get(id) : undefined
  return use === undefined || use.published > 0 || use.unpublished === 0
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
  const touched = new Set<string>()
  count(pair, before, -1, touched)
  count(pair, after, 1, touched)
  syncOne(pair, id)
  for (const asset of touched) if (asset !== id) syncOne(pair, asset)
}

function count(
  pair: IndexPair,
  document: LakeDocument | undefined,
  delta: 1 | -1,
  touched: Set<string>,
): void {
  if (document === undefined) return
  const uses = usesOf(pair)
  const kind = isPublicDocumentId(document._id) ? 'published' : 'unpublished'
  for (const ref of referencedIds(document)) {
    if (!ASSET_ID.test(ref)) continue
    touched.add(ref)
    const use = uses.get(ref) ?? { unpublished: 0, published: 0 }
    use[kind] += delta
    if (use.unpublished === 0 && use.published === 0) uses.delete(ref)
    else uses.set(ref, use)
  }
}

function syncOne(pair: IndexPair, id: string): void {
  const document = pair.all.get(id)
  if (document !== undefined && isPubliclyVisible(pair, id)) {
    // Putting the same object again would bump the public view's version and drop its query caches.
    if (pair.public.get(id) !== document) pair.public.put(document)
  } else if (pair.public.get(id) !== undefined) {
    pair.public.remove(id)
  }
}
