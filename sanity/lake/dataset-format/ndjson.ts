// NDJSON as `sanity dataset export` writes it: one JSON document per line.

export interface DatasetDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

export class NdjsonError extends Error {
  readonly line: number
  constructor(line: number, problem: string) {
    super(`data.ndjson line ${line}: ${problem}`)
    this.name = 'NdjsonError'
    this.line = line
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Parses every non-blank line; each must be an object with a string `_id` and `_type`. */
export function parseNdjson(text: string): DatasetDocument[] {
  const documents: DatasetDocument[] = []
  const lines = text.split('\n')
  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.trim()
    if (line === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new NdjsonError(
        index + 1,
        `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      )
    }
    if (!isDatasetDocument(value)) {
      throw new NdjsonError(index + 1, 'expected a document object with string "_id" and "_type"')
    }
    documents.push(value)
  }
  return documents
}

export function toNdjson(documents: readonly unknown[]): string {
  return documents.map((document) => `${JSON.stringify(document)}\n`).join('')
}

export function isDatasetDocument(value: unknown): value is DatasetDocument {
  return (
    isRecord(value) && typeof value._id === 'string' && value._id !== '' && typeof value._type === 'string'
  )
}
