// Exports a dataset the way `sanity dataset export` does: documents as NDJSON with asset references turned
// into `_sanityAsset` pointers, asset documents left out (an import recreates them from the files), and
// every asset's original bytes under images/ and files/, all in one .tar.gz.
import { basename } from 'node:path'
import type { SanityClient } from '@sanity/client'
import { FILE_ASSET_TYPE, IMAGE_ASSET_TYPE } from '../assets/asset-documents.ts'
import { assetFileName, parseAssetId } from '../assets/asset-names.ts'
import { type AssetFileMeta, type DatasetArchive, writeDatasetArchive } from './dataset-archive.ts'
import { type DatasetDocument, isDatasetDocument } from './ndjson.ts'
import { type ProgressLog, progressCounter } from './progress.ts'
import { toSanityAssets } from './sanity-asset-refs.ts'

export interface ExportOptions {
  client: SanityClient
  /** Origin the asset files are downloaded from (the lake's URL). */
  origin: string
  log?: ProgressLog
}

export interface ExportSummary {
  documents: number
  assets: number
}

const ASSET_TYPES = [IMAGE_ASSET_TYPE, FILE_ASSET_TYPE]
/** Descriptive asset fields worth carrying over in assets.json. */
const META_FIELDS = ['originalFilename', 'title', 'description', 'label', 'creditLine'] as const

export async function exportDataset(outFile: string, options: ExportOptions): Promise<ExportSummary> {
  const { client, origin, log = () => {} } = options
  const all: unknown = await client.fetch('*[] | order(_id asc)', {}, { perspective: 'raw' })
  const documents = (Array.isArray(all) ? all : []).filter(isDatasetDocument)
  const assetDocuments = documents.filter((document) => ASSET_TYPES.includes(document._type))
  const content = documents.filter((document) => !ASSET_TYPES.includes(document._type)).map(toSanityAssets)

  const assets: DatasetArchive['assets'][number][] = []
  const progress = progressCounter(log, 'Downloading assets', assetDocuments.length)
  for (const asset of assetDocuments) {
    const name = parseAssetId(asset._id)
    if (!name || typeof asset.path !== 'string') continue
    const response = await fetch(`${origin}/${asset.path}`)
    if (!response.ok) throw new Error(`Could not download ${asset.path}: HTTP ${response.status}`)
    const folder = name.kind === 'image' ? 'images' : 'files'
    assets.push({
      path: `${folder}/${assetFileName(name)}`,
      bytes: Buffer.from(await response.arrayBuffer()),
      meta: assetMeta(asset),
    })
    progress.advance()
  }
  progress.done()

  const archiveName = basename(outFile).replace(/\.(tar\.gz|tgz)$/, '') || 'dataset-export'
  await writeDatasetArchive(outFile, { name: archiveName, documents: content, assets })
  log(`Wrote ${content.length} documents and ${assets.length} assets to ${outFile}`)
  return { documents: content.length, assets: assets.length }
}

function assetMeta(asset: DatasetDocument): AssetFileMeta {
  const meta: AssetFileMeta = {}
  for (const field of META_FIELDS) {
    const value = asset[field]
    if (typeof value === 'string') meta[field] = value
  }
  return meta
}
