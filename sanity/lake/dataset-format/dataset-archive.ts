// Reading and writing datasets in the layout of `sanity dataset export`: a folder (or a .tar.gz of one)
// holding data.ndjson, images/, files/ and optionally assets.json (per-file metadata like originalFilename).
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve, sep } from 'node:path'
import * as tar from 'tar'
import { type DatasetDocument, isRecord, parseNdjson, toNdjson } from './ndjson.ts'

export interface AssetFileMeta {
  originalFilename?: string
  [field: string]: unknown
}

export interface DatasetSource {
  documents: DatasetDocument[]
  /** assets.json, keyed by path inside the export (`images/<file>`). */
  assetMeta: ReadonlyMap<string, AssetFileMeta>
  readAsset(path: string): Promise<Buffer>
  close(): Promise<void>
}

export interface DatasetArchive {
  /** Folder name inside the archive, e.g. `production-export-2026-11-24`. */
  name: string
  documents: readonly DatasetDocument[]
  assets: ReadonlyArray<{ path: string; bytes: Buffer; meta?: AssetFileMeta }>
}

export class DatasetSourceError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DatasetSourceError'
  }
}

/** Opens a .tar.gz/.tgz, a folder, or a data.ndjson file (its folder holds the assets). */
export async function openDatasetSource(input: string): Promise<DatasetSource> {
  const path = resolve(input)
  const stats = await stat(path).catch(() => undefined)
  if (!stats) throw new DatasetSourceError(`No dataset at ${path}`)
  if (stats.isDirectory()) return openFolder(path, async () => {})
  if (/\.(tar\.gz|tgz)$/.test(path)) {
    const scratch = await mkdtemp(join(tmpdir(), 'lake-import-'))
    const cleanup = () => rm(scratch, { recursive: true, force: true })
    try {
      await tar.x({ file: path, cwd: scratch })
      return await openFolder(await findDataFolder(scratch), cleanup)
    } catch (error) {
      await cleanup()
      throw error
    }
  }
  if (path.endsWith('.ndjson')) return openFolder(dirname(path), async () => {}, basename(path))
  throw new DatasetSourceError(`Expected a .tar.gz, a folder or a .ndjson file, got ${path}`)
}

async function findDataFolder(root: string): Promise<string> {
  const entries = await readdir(root, { withFileTypes: true })
  if (entries.some((entry) => entry.isFile() && entry.name === 'data.ndjson')) return root
  for (const entry of entries) {
    if (!entry.isDirectory()) continue
    const inner = join(root, entry.name)
    if (await stat(join(inner, 'data.ndjson')).catch(() => undefined)) return inner
  }
  throw new DatasetSourceError('The archive has no data.ndjson (expected <name>/data.ndjson)')
}

async function openFolder(
  folder: string,
  close: () => Promise<void>,
  dataFile = 'data.ndjson',
): Promise<DatasetSource> {
  const text = await readFile(join(folder, dataFile), 'utf8').catch(() => {
    throw new DatasetSourceError(`No ${dataFile} in ${folder}`)
  })
  return {
    documents: parseNdjson(text),
    assetMeta: await readAssetMeta(folder),
    async readAsset(path) {
      const target = resolve(folder, path)
      // Asset paths come from the dataset itself: never let one point outside its folder.
      if (!target.startsWith(folder + sep))
        throw new DatasetSourceError(`Asset path escapes the dataset: ${path}`)
      return readFile(target).catch(() => {
        throw new DatasetSourceError(`Missing asset file ${path} in ${folder}`)
      })
    },
    close,
  }
}

async function readAssetMeta(folder: string): Promise<Map<string, AssetFileMeta>> {
  const meta = new Map<string, AssetFileMeta>()
  const text = await readFile(join(folder, 'assets.json'), 'utf8').catch(() => undefined)
  if (text === undefined) return meta
  const parsed: unknown = JSON.parse(text)
  if (!isRecord(parsed)) return meta
  for (const [path, value] of Object.entries(parsed)) {
    if (isRecord(value)) {
      const { originalFilename } = value
      meta.set(path, {
        ...value,
        originalFilename: typeof originalFilename === 'string' ? originalFilename : undefined,
      })
    }
  }
  return meta
}

/** Writes `<name>/data.ndjson`, `<name>/images/…`, `<name>/files/…`, `<name>/assets.json` into a .tar.gz. */
export async function writeDatasetArchive(outFile: string, archive: DatasetArchive): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'lake-export-'))
  try {
    const folder = join(scratch, archive.name)
    await mkdir(join(folder, 'images'), { recursive: true })
    await mkdir(join(folder, 'files'), { recursive: true })
    await writeFile(join(folder, 'data.ndjson'), toNdjson(archive.documents))
    const meta: Record<string, AssetFileMeta> = {}
    for (const asset of archive.assets) {
      await writeFile(join(folder, asset.path), asset.bytes)
      if (asset.meta) meta[asset.path] = asset.meta
    }
    await writeFile(join(folder, 'assets.json'), `${JSON.stringify(meta, null, 2)}\n`)
    await mkdir(dirname(resolve(outFile)), { recursive: true })
    await tar.c({ gzip: true, file: resolve(outFile), cwd: scratch, portable: true }, [archive.name])
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
