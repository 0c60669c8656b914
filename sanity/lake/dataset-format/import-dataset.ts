// Imports a dataset in Sanity's export format through the HTTP API (real @sanity/client): uploads the
// asset files, points `_sanityAsset` fields at the resulting asset documents, then writes the documents
// in batched transactions. Documents whose content is already stored are skipped, so a second import
// creates no revisions and no transactions.
import { basename } from 'node:path'
import type { Mutation, SanityClient } from '@sanity/client'
import { FILE_ASSET_TYPE, IMAGE_ASSET_TYPE } from '../assets/asset-documents.ts'
import type { DatasetSource } from './dataset-archive.ts'
import { sameContent } from './document-diff.ts'
import { type DatasetDocument, isRecord } from './ndjson.ts'
import { type ProgressLog, progressCounter } from './progress.ts'
import { collectSanityAssets, resolveSanityAssets, type SanityAssetRef } from './sanity-asset-refs.ts'

export type ImportMode = 'replace' | 'missing'

export interface ImportOptions {
  client: SanityClient
  /** replace (default): createOrReplace changed documents; missing: only create documents that are absent. */
  mode?: ImportMode
  batchSize?: number
  log?: ProgressLog
}

export interface ImportSummary {
  created: number
  updated: number
  unchanged: number
  assets: number
  /** Asset documents found in data.ndjson: skipped, since uploading the files recreates them. */
  skippedAssetDocuments: number
}

const ASSET_TYPES = new Set([IMAGE_ASSET_TYPE, FILE_ASSET_TYPE])
const UPLOAD_CONCURRENCY = 4
const READ_CHUNK = 200

export async function importDataset(source: DatasetSource, options: ImportOptions): Promise<ImportSummary> {
  const { client, mode = 'replace', batchSize = 100, log = () => {} } = options
  const documents = source.documents.filter((document) => !ASSET_TYPES.has(document._type))
  const skippedAssetDocuments = source.documents.length - documents.length

  const assetIds = await uploadAssets(source, documents, client, log)
  const resolved = documents.map((document) => resolveSanityAssets(document, assetIds))
  const stored = await fetchStored(
    client,
    resolved.map((document) => document._id),
  )

  const writes: Mutation[] = []
  const summary: ImportSummary = {
    created: 0,
    updated: 0,
    unchanged: 0,
    assets: assetIds.size,
    skippedAssetDocuments,
  }
  for (const document of resolved) {
    const existing = stored.get(document._id)
    if (!existing) {
      summary.created += 1
      writes.push(mode === 'missing' ? { createIfNotExists: document } : { createOrReplace: document })
    } else if (mode === 'missing' || sameContent(document, existing)) {
      summary.unchanged += 1
    } else {
      summary.updated += 1
      writes.push({ createOrReplace: document })
    }
  }

  const progress = progressCounter(log, 'Writing documents', writes.length)
  for (let start = 0; start < writes.length; start += batchSize) {
    const batch = writes.slice(start, start + batchSize)
    await client.mutate(batch, { visibility: 'sync', returnDocuments: false })
    progress.advance(batch.length)
  }
  progress.done()
  return summary
}

/** Uploads every file the documents point at (and any listed in assets.json); returns path -> asset id. */
async function uploadAssets(
  source: DatasetSource,
  documents: readonly DatasetDocument[],
  client: SanityClient,
  log: ProgressLog,
): Promise<Map<string, string>> {
  const refs = new Map<string, SanityAssetRef>()
  for (const document of documents) {
    for (const ref of collectSanityAssets(document)) refs.set(ref.path, ref)
  }
  for (const path of source.assetMeta.keys()) {
    if (!refs.has(path) && /^(images|files)\//.test(path)) {
      refs.set(path, { kind: path.startsWith('images/') ? 'image' : 'file', path })
    }
  }
  const pending = [...refs.values()]
  const ids = new Map<string, string>()
  const progress = progressCounter(log, 'Uploading assets', pending.length)
  const worker = async (): Promise<void> => {
    for (let ref = pending.shift(); ref; ref = pending.shift()) {
      const bytes = await source.readAsset(ref.path)
      const filename = source.assetMeta.get(ref.path)?.originalFilename ?? basename(ref.path)
      // Uploading is idempotent on the server (same bytes, same document), so already-present assets cost
      // one request and no transaction.
      const document = await client.assets.upload(ref.kind, bytes, { filename })
      ids.set(ref.path, document._id)
      progress.advance()
    }
  }
  await Promise.all(Array.from({ length: UPLOAD_CONCURRENCY }, worker))
  progress.done()
  return ids
}

async function fetchStored(
  client: SanityClient,
  ids: readonly string[],
): Promise<Map<string, Record<string, unknown>>> {
  const stored = new Map<string, Record<string, unknown>>()
  for (let start = 0; start < ids.length; start += READ_CHUNK) {
    const chunk = ids.slice(start, start + READ_CHUNK)
    const found: unknown = await client.fetch('*[_id in $ids]', { ids: chunk }, { perspective: 'raw' })
    if (!Array.isArray(found)) continue
    for (const document of found) {
      if (isRecord(document) && typeof document._id === 'string') stored.set(document._id, document)
    }
  }
  return stored
}
