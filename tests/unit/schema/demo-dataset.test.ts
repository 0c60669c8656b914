// Every document of the demo magazine (sanity/demo/dataset/data.ndjson, built by sanity/demo) passes the
// schema's validation, so the demo never shows an editor an error. Runs once the dataset has been built.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSchemaValidator, type DocumentInput, type SchemaValidator } from './validate-against-schema.ts'

const DATASET_PATH = fileURLToPath(new URL('../../../sanity/demo/dataset/data.ndjson', import.meta.url))

function isDocument(value: unknown): value is DocumentInput {
  return (
    typeof value === 'object' &&
    value !== null &&
    '_id' in value &&
    typeof value._id === 'string' &&
    '_type' in value &&
    typeof value._type === 'string'
  )
}

function readDataset(): DocumentInput[] {
  return readFileSync(DATASET_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const value: unknown = JSON.parse(line)
      if (!isDocument(value))
        throw new Error(`data.ndjson line ${index + 1} is not a document with _id and _type`)
      return value
    })
}

describe.runIf(existsSync(DATASET_PATH))('demo dataset', () => {
  const documents = existsSync(DATASET_PATH) ? readDataset() : []
  const content = documents.filter((document) => !document._type.startsWith('sanity.'))
  let validator: SchemaValidator

  beforeAll(async () => {
    validator = await createSchemaValidator(documents)
  })

  afterAll(async () => {
    await validator?.close()
  })

  it('has content documents', () => {
    expect(content.length).toBeGreaterThan(0)
  })

  it.each(content.map((document) => [document._id, document] as const))(
    '%s passes validation without errors or unknown fields',
    async (_, document) => {
      const markers = await validator.validate(document)
      const problems = markers
        .filter((marker) => marker.level === 'error' || /does not exist|Could not find/.test(marker.message))
        .map((marker) => `${JSON.stringify(marker.path)}: ${marker.message}`)
      expect(problems).toEqual([])
    },
  )
})
