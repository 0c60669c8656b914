// Asset bytes on disk: `$dataDir/assets/<dataset>/images/<sha1>-WxH.ext` and `.../files/<sha1>.ext`.
// Writes go through a temporary file and a rename, so a reader never sees half a file.
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type AssetName, assetFileName } from './asset-names.ts'

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
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`
    await writeFile(temporary, bytes)
    await rename(temporary, target)
  }

  /** The bytes, or undefined when the asset is not stored. */
  async read(dataset: string, name: AssetName): Promise<Buffer | undefined> {
    return readFile(this.pathOf(dataset, name)).catch(() => undefined)
  }
}
