// Sanity needs a `_key` on every object in an array. Keys are derived from the document id and the
// member's path, so they are stable across builds and unique within their array.
import { createHash } from 'node:crypto'
import { isJsonObject, type Json } from './json.ts'

export function deriveKey(documentId: string, path: string): string {
  return createHash('sha1').update(`${documentId}${path}`).digest('hex').slice(0, 12)
}

export function withKeys(value: Json, documentId: string, path = ''): Json {
  if (Array.isArray(value)) {
    return value.map((member, index) => {
      const memberPath = `${path}[${index}]`
      const keyed = withKeys(member, documentId, memberPath)
      if (!isJsonObject(keyed) || typeof keyed._key === 'string') return keyed
      return { _key: deriveKey(documentId, memberPath), ...keyed }
    })
  }
  if (isJsonObject(value)) {
    const out: Record<string, Json> = {}
    for (const [field, fieldValue] of Object.entries(value)) {
      out[field] = withKeys(fieldValue, documentId, `${path}.${field}`)
    }
    return out
  }
  return value
}
