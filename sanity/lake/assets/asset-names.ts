// Asset ids, file names and paths in Sanity's scheme. Everything about an asset's identity is encoded
// in its id (`image-<sha1>-<w>x<h>-<ext>`, `file-<sha1>-<ext>`), so URLs can be built without a lookup.

export type AssetKind = 'image' | 'file'

export interface ImageAssetName {
  kind: 'image'
  sha1: string
  width: number
  height: number
  extension: string
}

export interface FileAssetName {
  kind: 'file'
  sha1: string
  extension: string
}

export type AssetName = ImageAssetName | FileAssetName

const sha1Pattern = '[a-f0-9]{40}'
const extensionPattern = '[a-z0-9]{1,10}'
const imageIdPattern = new RegExp(`^image-(${sha1Pattern})-(\\d{1,6})x(\\d{1,6})-(${extensionPattern})$`)
const fileIdPattern = new RegExp(`^file-(${sha1Pattern})-(${extensionPattern})$`)
const imageFilePattern = new RegExp(`^(${sha1Pattern})-(\\d{1,6})x(\\d{1,6})\\.(${extensionPattern})$`)
const fileFilePattern = new RegExp(`^(${sha1Pattern})\\.(${extensionPattern})$`)

export function imageAssetId(name: Omit<ImageAssetName, 'kind'>): string {
  return `image-${name.sha1}-${name.width}x${name.height}-${name.extension}`
}

export function fileAssetId(name: Omit<FileAssetName, 'kind'>): string {
  return `file-${name.sha1}-${name.extension}`
}

export function assetId(name: AssetName): string {
  return name.kind === 'image' ? imageAssetId(name) : fileAssetId(name)
}

/** `<sha1>-<w>x<h>.<ext>` for images, `<sha1>.<ext>` for files: the name in URLs, on disk and in exports. */
export function assetFileName(name: AssetName): string {
  return name.kind === 'image'
    ? `${name.sha1}-${name.width}x${name.height}.${name.extension}`
    : `${name.sha1}.${name.extension}`
}

export function parseAssetId(id: string): AssetName | undefined {
  const image = imageIdPattern.exec(id)
  if (image) {
    const [, sha1 = '', width = '', height = '', extension = ''] = image
    return { kind: 'image', sha1, width: Number(width), height: Number(height), extension }
  }
  const file = fileIdPattern.exec(id)
  if (file) {
    const [, sha1 = '', extension = ''] = file
    return { kind: 'file', sha1, extension }
  }
  return undefined
}

export function parseAssetFileName(kind: AssetKind, fileName: string): AssetName | undefined {
  if (kind === 'image') {
    const match = imageFilePattern.exec(fileName)
    if (!match) return undefined
    const [, sha1 = '', width = '', height = '', extension = ''] = match
    return { kind, sha1, width: Number(width), height: Number(height), extension }
  }
  const match = fileFilePattern.exec(fileName)
  if (!match) return undefined
  const [, sha1 = '', extension = ''] = match
  return { kind, sha1, extension }
}

/** The public path Sanity gives an asset: `images/<projectId>/<dataset>/<file>` (or `files/...`). */
export function assetPublicPath(name: AssetName, projectId: string, dataset: string): string {
  return `${name.kind === 'image' ? 'images' : 'files'}/${projectId}/${dataset}/${assetFileName(name)}`
}
