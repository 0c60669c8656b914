// Uploading assets into a dataset and reading them back. One service per store (so per data directory):
// it owns the files on disk and the cache of transformed images.
import { executeMutations } from '../mutations/execute-mutations.ts'
import type { LakeStore } from '../store/lake-store.ts'
import {
  type AssetDocument,
  type AssetLocation,
  buildFileAssetDocument,
  buildImageAssetDocument,
  sha1Of,
} from './asset-documents.ts'
import { AssetError } from './asset-error.ts'
import { AssetFiles } from './asset-files.ts'
import { type AssetName, assetId } from './asset-names.ts'
import { probeImage } from './image-probe.ts'
import { TRANSFORM_CACHE_BYTES } from './limits.ts'
import { TransformCache } from './transform-cache.ts'

export interface UploadOptions {
  dataset: string
  location: AssetLocation
  author: string
  filename?: string
  contentType?: string
  /** Optional descriptive fields Sanity accepts as query parameters on upload. */
  fields?: Record<string, string>
}

export class AssetService {
  readonly files: AssetFiles
  readonly transforms = new TransformCache(TRANSFORM_CACHE_BYTES)
  readonly #store: LakeStore

  constructor(store: LakeStore) {
    this.#store = store
    this.files = new AssetFiles(store.dataDir)
  }

  async uploadImage(bytes: Buffer, options: UploadOptions): Promise<Record<string, unknown>> {
    if (bytes.length === 0) throw new AssetError(400, 'Empty upload: the request body has no image bytes')
    const probe = await probeImage(bytes)
    const { width, height, extension } = probe
    const name: AssetName = { kind: 'image', sha1: sha1Of(bytes), width, height, extension }
    const existing = this.#existing(options.dataset, name)
    if (existing) return this.#ensureStored(options.dataset, name, bytes, existing)
    const { document } = await buildImageAssetDocument(
      bytes,
      probe,
      options.filename,
      options.location,
    ).catch((error: unknown) => {
      // The header was readable but the pixels are not: data cut short, or a header that lies about them.
      if (error instanceof AssetError) throw error
      throw new AssetError(400, 'Invalid image: the image data is truncated or corrupt')
    })
    return this.#commit(name, bytes, { ...document, ...options.fields }, options)
  }

  async uploadFile(bytes: Buffer, options: UploadOptions): Promise<Record<string, unknown>> {
    if (bytes.length === 0) throw new AssetError(400, 'Empty upload: the request body has no bytes')
    const { name, document } = buildFileAssetDocument(
      bytes,
      options.filename,
      options.contentType,
      options.location,
    )
    const existing = this.#existing(options.dataset, name)
    if (existing) return this.#ensureStored(options.dataset, name, bytes, existing)
    return this.#commit(name, bytes, { ...document, ...options.fields }, options)
  }

  /** True when the dataset has the asset's document (deleting the document retires the URL). */
  has(dataset: string, name: AssetName): boolean {
    return this.#existing(dataset, name) !== undefined
  }

  #existing(dataset: string, name: AssetName): Record<string, unknown> | undefined {
    return this.#store.getDocument(dataset, assetId(name))
  }

  /** Same bytes again: the document stays as it is (no new transaction); the file is restored if it went missing. */
  async #ensureStored(
    dataset: string,
    name: AssetName,
    bytes: Buffer,
    existing: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    await this.files.write(dataset, name, bytes)
    return existing
  }

  async #commit(
    name: AssetName,
    bytes: Buffer,
    document: AssetDocument,
    options: UploadOptions,
  ): Promise<Record<string, unknown>> {
    // The file lands first: a document must never point at bytes that are not there.
    await this.files.write(options.dataset, name, bytes)
    // createIfNotExists: two concurrent uploads of the same bytes end with one document and one transaction.
    const outcome = executeMutations(this.#store, options.dataset, [{ createIfNotExists: document }], {
      author: options.author,
    })
    const stored = this.#store.getDocument(options.dataset, document._id)
    return stored ?? outcome.results[0]?.document ?? document
  }
}

const services = new WeakMap<LakeStore, AssetService>()

export function assetServiceFor(store: LakeStore): AssetService {
  let service = services.get(store)
  if (!service) {
    service = new AssetService(store)
    services.set(store, service)
  }
  return service
}
