// Finds every image recipe in the documents, renders each distinct one once, and rewrites the image
// value the way `sanity dataset export` does: `_sanityAsset: 'image@file://./images/<sha1>-<w>x<h>.jpg'`.
import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { renderArt } from '../art/render.ts'
import { type Art, artSchema } from '../art/schema.ts'
import { isJsonObject, type Json, type JsonObject } from './json.ts'

export type AssetFile = { fileName: string; bytes: Buffer }

function artOf(value: Json): Art | undefined {
  if (!isJsonObject(value) || value._type !== 'image' || value.art === undefined) return undefined
  return artSchema.parse(value.art)
}

function collectArt(value: Json, found: Map<string, Art>): void {
  const art = artOf(value)
  if (art) found.set(JSON.stringify(art), art)
  if (Array.isArray(value)) for (const member of value) collectArt(member, found)
  else if (isJsonObject(value)) for (const fieldValue of Object.values(value)) collectArt(fieldValue, found)
}

/** Render all distinct art in `documents`; returns file names by art recipe (its JSON). */
export async function renderAllArt(documents: readonly Json[]): Promise<Map<string, AssetFile>> {
  const found = new Map<string, Art>()
  for (const document of documents) collectArt(document, found)
  const entries = await Promise.all(
    [...found].map(async ([recipe, art]) => {
      const image = await renderArt(art)
      const sha1 = createHash('sha1').update(image.bytes).digest('hex')
      const file: AssetFile = { fileName: `${sha1}-${image.width}x${image.height}.jpg`, bytes: image.bytes }
      return [recipe, file] as const
    }),
  )
  return new Map(entries)
}

/** Swap each `art` recipe for the `_sanityAsset` pointer to its rendered file. */
export function linkAssets(value: Json, files: ReadonlyMap<string, AssetFile>): Json {
  const art = artOf(value)
  if (art && isJsonObject(value)) {
    const file = files.get(JSON.stringify(art))
    if (!file) throw new Error(`Art was not rendered: ${JSON.stringify(art)}`)
    const { art: _recipe, _type, ...fields } = value
    const image: JsonObject = {
      _type: 'image',
      _sanityAsset: `image@file://./images/${file.fileName}`,
      ...fields,
    }
    return image
  }
  if (Array.isArray(value)) return value.map((member) => linkAssets(member, files))
  if (isJsonObject(value)) {
    const out: JsonObject = {}
    for (const [field, fieldValue] of Object.entries(value)) out[field] = linkAssets(fieldValue, files)
    return out
  }
  return value
}

export async function writeAssetFiles(imagesDir: string, files: Iterable<AssetFile>): Promise<void> {
  for (const file of files) await writeFile(path.join(imagesDir, file.fileName), file.bytes)
}
