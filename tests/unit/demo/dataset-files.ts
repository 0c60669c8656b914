// Reads a dataset folder in `sanity dataset export` layout (data.ndjson + images/) for the demo tests.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Json, JsonObject } from '#sanity/demo/lib/json.ts'
import { isJsonObject } from '#sanity/demo/lib/json.ts'

export type DatasetDocument = JsonObject & { _id: string; _type: string }

function isDatasetDocument(value: Json): value is DatasetDocument {
  return isJsonObject(value) && typeof value._id === 'string' && typeof value._type === 'string'
}

export async function readDocuments(datasetDir: string): Promise<DatasetDocument[]> {
  const text = await readFile(path.join(datasetDir, 'data.ndjson'), 'utf8')
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const parsed: Json = JSON.parse(line)
      if (!isDatasetDocument(parsed)) throw new Error(`Not a document: ${line.slice(0, 80)}`)
      return parsed
    })
}

/** Every file under the folder (relative paths, sorted) with its bytes. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
  const tree = new Map<string, Buffer>()
  for (const file of files) tree.set(file, await readFile(path.join(dir, file)))
  return tree
}

/** Calls `visit` for every object in a value with the JSON path that leads to it. */
export function walkObjects(
  value: Json,
  visit: (object: JsonObject, pathText: string) => void,
  at = '',
): void {
  if (Array.isArray(value)) {
    value.forEach((member, index) => {
      walkObjects(member, visit, `${at}[${index}]`)
    })
  } else if (isJsonObject(value)) {
    visit(value, at)
    for (const [field, fieldValue] of Object.entries(value)) walkObjects(fieldValue, visit, `${at}.${field}`)
  }
}

/** Calls `visit` for every array in a value. */
export function walkArrays(value: Json, visit: (array: Json[], pathText: string) => void, at = ''): void {
  if (Array.isArray(value)) {
    visit(value, at)
    value.forEach((member, index) => {
      walkArrays(member, visit, `${at}[${index}]`)
    })
  } else if (isJsonObject(value)) {
    for (const [field, fieldValue] of Object.entries(value)) walkArrays(fieldValue, visit, `${at}.${field}`)
  }
}
