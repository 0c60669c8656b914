// Builds the shipped demo magazine: renders every image and writes sanity/demo/dataset/ in the layout
// `sanity dataset export` produces (data.ndjson + images/). Run: node sanity/demo/build-dataset.ts [outDir]
// Deterministic: the same sources give the same bytes, which tests/unit/demo/dataset.test.ts checks.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { demoDocuments } from './content/index.ts'
import type { DemoDocument } from './content/model.ts'
import { linkAssets, renderAllArt, writeAssetFiles } from './lib/assets.ts'
import type { Json } from './lib/json.ts'
import { withKeys } from './lib/keys.ts'

export const DEFAULT_DATASET_DIR = fileURLToPath(new URL('./dataset/', import.meta.url))

export type BuildSummary = { documents: number; images: number; bytes: number }

export async function buildDataset(
  outDir: string = DEFAULT_DATASET_DIR,
  documents: readonly DemoDocument[] = demoDocuments,
): Promise<BuildSummary> {
  const sources: Json[] = [...documents]
  const files = await renderAllArt(sources)
  const lines = documents.map((document) =>
    JSON.stringify(withKeys(linkAssets(document, files), document._id)),
  )

  const imagesDir = path.join(outDir, 'images')
  await rm(imagesDir, { recursive: true, force: true })
  await mkdir(imagesDir, { recursive: true })
  await writeAssetFiles(imagesDir, files.values())
  const ndjson = `${lines.join('\n')}\n`
  await writeFile(path.join(outDir, 'data.ndjson'), ndjson)

  const imageBytes = [...files.values()].reduce((sum, file) => sum + file.bytes.length, 0)
  return { documents: lines.length, images: files.size, bytes: imageBytes + Buffer.byteLength(ndjson) }
}

if (import.meta.main) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_DATASET_DIR
  const summary = await buildDataset(outDir)
  const megabytes = (summary.bytes / 1024 / 1024).toFixed(2)
  console.log(
    `Wrote ${summary.documents} documents and ${summary.images} images (${megabytes} MB) to ${outDir}`,
  )
}
