// Asset bytes on disk: `$dataDir/assets/<dataset>/images/<sha1>-WxH.ext` and `.../files/<sha1>.ext`.
// Writes go through a temporary file and a rename, so a reader never sees half a file.
import { randomBytes } from 'node:crypto'
import { readdirSync, rmSync } from 'node:fs'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type AssetName, assetFileName } from './asset-names.ts'

const TEMPORARY_SUFFIX = '.tmp'

/**
 * Removes temporary files a previous run left behind (a crash between write and rename). Call before the
 * lake serves: no upload is in progress then. Returns how many were removed.
 */
export function removeTemporaryAssetFiles(dataDir: string): number {
  const root = join(dataDir, 'assets')
  let removed = 0
  for (const dataset of directoryEntries(root)) {
    for (const kind of ['images', 'files']) {
      const folder = join(root, dataset, kind)
      for (const entry of directoryEntries(folder)) {
        if (!entry.endsWith(TEMPORARY_SUFFIX)) continue
        rmSync(join(folder, entry), { force: true })
        removed++
      }
    }
  }
  return removed
}

function directoryEntries(folder: string): string[] {
  try {
    return readdirSync(folder)
  } catch {
    return []
  }
}

export class AssetFiles {
  readonly root: string

  constructor(dataDir: string) {
    this.root = join(dataDir, 'assets')
  }

  pathOf(dataset: string, name: AssetName): string {
    return join(this.root, dataset, name.kind === 'image' ? 'images' : 'files', assetFileName(name))
  }

  async exists(dataset: string, name: AssetName): Promise<boolean> {
    return stat(this.pathOf(dataset, name)).then(
      (stats) => stats.isFile(),
      () => false,
    )
  }

  async write(dataset: string, name: AssetName, bytes: Buffer): Promise<void> {
    const target = this.pathOf(dataset, name)
    if (await this.exists(dataset, name)) return
    await mkdir(join(target, '..'), { recursive: true })
    const temporary = `${target}.${randomBytes(6).toString('hex')}${TEMPORARY_SUFFIX}`
    try {
      await writeFile(temporary, bytes)
      await rename(temporary, target)
    } catch (error) {
      await rm(temporary, { force: true })
      throw error
    }
  }

  /** The bytes, or undefined when the asset is not stored. */
  async read(dataset: string, name: AssetName): Promise<Buffer | undefined> {
    return readFile(this.pathOf(dataset, name)).catch(() => undefined)
  }
}
