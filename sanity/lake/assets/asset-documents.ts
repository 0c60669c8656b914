// Asset documents exactly as Sanity writes them (sanity.imageAsset / sanity.fileAsset), built from the
// uploaded bytes. The id is derived from the content, so the same bytes always give the same document.
import { createHash } from 'node:crypto'
import { extname } from 'node:path'
import { type AssetName, assetId, assetPublicPath } from './asset-names.ts'
import { computeImageMetadata, type ImageMetadata, type ImageProbe } from './image-probe.ts'

export const IMAGE_ASSET_TYPE = 'sanity.imageAsset'
export const FILE_ASSET_TYPE = 'sanity.fileAsset'

export interface AssetDocument {
  _id: string
  _type: typeof IMAGE_ASSET_TYPE | typeof FILE_ASSET_TYPE
  assetId: string
  sha1hash: string
  path: string
  url: string
  originalFilename: string
  extension: string
  mimeType: string
  size: number
  uploadId: string
  metadata?: ImageMetadata
  [field: string]: unknown
}

export interface AssetLocation {
  projectId: string
  dataset: string
  /** Origin the lake is reached at, e.g. `http://127.0.0.1:4000`; asset URLs hang off it. */
  origin: string
}

export function sha1Of(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('hex')
}

export async function buildImageAssetDocument(
  bytes: Buffer,
  probe: ImageProbe,
  originalFilename: string | undefined,
  location: AssetLocation,
): Promise<{ name: AssetName; document: AssetDocument }> {
  const sha1 = sha1Of(bytes)
  const name: AssetName = {
    kind: 'image',
    sha1,
    width: probe.width,
    height: probe.height,
    extension: probe.extension,
  }
  const path = assetPublicPath(name, location.projectId, location.dataset)
  const document: AssetDocument = {
    _id: assetId(name),
    _type: IMAGE_ASSET_TYPE,
    assetId: sha1,
    sha1hash: sha1,
    path,
    url: `${location.origin}/${path}`,
    originalFilename: originalFilename ?? `${sha1}.${probe.extension}`,
    extension: probe.extension,
    mimeType: probe.mimeType,
    size: bytes.length,
    uploadId: sha1.slice(0, 22),
    metadata: await computeImageMetadata(bytes, probe),
  }
  return { name, document }
}

export function buildFileAssetDocument(
  bytes: Buffer,
  originalFilename: string | undefined,
  contentType: string | undefined,
  location: AssetLocation,
): { name: AssetName; document: AssetDocument } {
  const sha1 = sha1Of(bytes)
  const extension = fileExtension(originalFilename, contentType)
  const name: AssetName = { kind: 'file', sha1, extension }
  const path = assetPublicPath(name, location.projectId, location.dataset)
  return {
    name,
    document: {
      _id: assetId(name),
      _type: FILE_ASSET_TYPE,
      assetId: sha1,
      sha1hash: sha1,
      path,
      url: `${location.origin}/${path}`,
      originalFilename: originalFilename ?? `${sha1}.${extension}`,
      extension,
      mimeType: contentType && contentType !== '' ? contentType : 'application/octet-stream',
      size: bytes.length,
      uploadId: sha1.slice(0, 22),
    },
  }
}

const extensionsByMimeType: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/json': 'json',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'audio/mpeg': 'mp3',
  'video/mp4': 'mp4',
  'application/zip': 'zip',
}

function fileExtension(filename: string | undefined, contentType: string | undefined): string {
  const fromName = filename ? extname(filename).slice(1).toLowerCase() : ''
  if (/^[a-z0-9]{1,10}$/.test(fromName)) return fromName
  const mime = (contentType ?? '').split(';')[0]?.trim() ?? ''
  return extensionsByMimeType[mime] ?? 'bin'
}
