// The `_sanityAsset` convention of Sanity's dataset export: an image or file field holds
// `_sanityAsset: 'image@file://./images/<sha1>-WxH.ext'` instead of `asset: {_ref}`, so an export carries
// its asset files and an import can upload them before the documents that point at them.
import { type AssetKind, assetFileName, parseAssetId } from '../assets/asset-names.ts'
import { type DatasetDocument, isDatasetDocument, isRecord } from './ndjson.ts'

export interface SanityAssetRef {
  kind: AssetKind
  /** Path inside the export, e.g. `images/<file>`. */
  path: string
}

const sanityAssetPattern = /^(image|file)@file:\/\/\.\/((?:images|files)\/[^/\\]+)$/

export class SanityAssetError extends Error {
  constructor(value: string, documentId: string) {
    super(
      `Document "${documentId}" has an unsupported _sanityAsset "${value}": only local files ` +
        '(image@file://./images/<file> or file@file://./files/<file>) can be imported offline',
    )
    this.name = 'SanityAssetError'
  }
}

export function parseSanityAsset(value: string): SanityAssetRef | undefined {
  const match = sanityAssetPattern.exec(value)
  if (!match) return undefined
  const [, kind = '', path = ''] = match
  return { kind: kind === 'image' ? 'image' : 'file', path }
}

/** Every distinct asset file a document points at through `_sanityAsset`. */
export function collectSanityAssets(document: DatasetDocument): SanityAssetRef[] {
  const found = new Map<string, SanityAssetRef>()
  walk(document, (node) => {
    const value = node._sanityAsset
    if (typeof value !== 'string') return
    const ref = parseSanityAsset(value)
    if (!ref) throw new SanityAssetError(value, document._id)
    found.set(ref.path, ref)
  })
  return [...found.values()]
}

/** Replaces each `_sanityAsset` with `asset: {_type: 'reference', _ref}`; `assetIds` maps export paths to ids. */
export function resolveSanityAssets(
  document: DatasetDocument,
  assetIds: ReadonlyMap<string, string>,
): DatasetDocument {
  return mapDocument(document, (node) => {
    const value = node._sanityAsset
    if (typeof value !== 'string') return node
    const ref = parseSanityAsset(value)
    const id = ref && assetIds.get(ref.path)
    if (!id) throw new SanityAssetError(value, document._id)
    const { _sanityAsset: _dropped, ...rest } = node
    return { ...rest, asset: { _type: 'reference', _ref: id } }
  })
}

/** The export direction: asset references become `_sanityAsset` pointers into images/ and files/. */
export function toSanityAssets(document: DatasetDocument): DatasetDocument {
  return mapDocument(document, (node) => {
    const asset = node.asset
    if (!isRecord(asset) || typeof asset._ref !== 'string') return node
    const name = parseAssetId(asset._ref)
    if (!name) return node
    const { asset: _dropped, ...rest } = node
    const folder = name.kind === 'image' ? 'images' : 'files'
    return { ...rest, _sanityAsset: `${name.kind}@file://./${folder}/${assetFileName(name)}` }
  })
}

function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit)
  } else if (isRecord(value)) {
    visit(value)
    for (const child of Object.values(value)) walk(child, visit)
  }
}

type NodeTransform = (node: Record<string, unknown>) => Record<string, unknown>

function mapDocument(document: DatasetDocument, transform: NodeTransform): DatasetDocument {
  const result = mapNodes(document, transform)
  // The transforms only touch nested asset fields, so _id and _type survive; checked rather than assumed.
  if (!isDatasetDocument(result))
    throw new Error(`Rewriting assets of "${document._id}" lost its _id or _type`)
  return result
}

function mapNodes(value: unknown, transform: NodeTransform): unknown {
  if (Array.isArray(value)) return value.map((item) => mapNodes(item, transform))
  if (!isRecord(value)) return value
  const node = transform(value)
  const result: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(node)) result[key] = mapNodes(child, transform)
  return result
}
