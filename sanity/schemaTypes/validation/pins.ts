// Editor-pinned related stories: at most four, never the story itself, no repeats.
import { publishedIdOf } from './ids.ts'

export const MAX_RELATED_PINS = 4

function refOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || !('_ref' in item)) return undefined
  return typeof item._ref === 'string' ? item._ref : undefined
}

export function validateRelatedPins(value: unknown, documentId: string | undefined): true | string {
  if (value === undefined || value === null) return true
  if (!Array.isArray(value)) return 'Related pins must be a list'
  if (value.length > MAX_RELATED_PINS) return `Pin at most ${MAX_RELATED_PINS} related stories`
  const refs = value.map(refOf).filter((ref) => ref !== undefined)
  const self = documentId ? publishedIdOf(documentId) : undefined
  if (self && refs.some((ref) => publishedIdOf(ref) === self))
    return 'A story cannot be pinned as related to itself'
  if (new Set(refs).size !== refs.length) return 'Each related story can be pinned only once'
  return true
}
