// `autoGenerateArrayKeys`: objects inside arrays get a `_key` when they lack one, as Sanity's API does.
import type { ParsedMutation, PatchOperations } from './parse-mutations.ts'
import { isJsonObject } from './parse-mutations.ts'
import { randomKey } from './random-id.ts'

export function withArrayKeys(value: unknown, inArray = false): unknown {
  if (Array.isArray(value)) return value.map((item) => withArrayKeys(item, true))
  if (!isJsonObject(value)) return value
  const copy: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) copy[key] = withArrayKeys(child)
  if (inArray && typeof copy._key !== 'string') copy._key = randomKey()
  return copy
}

function keyedValues<T>(map: Record<string, T> | undefined): Record<string, unknown> | undefined {
  if (!map) return undefined
  return Object.fromEntries(Object.entries(map).map(([path, value]) => [path, withArrayKeys(value)]))
}

function keyedPatch(operations: PatchOperations): PatchOperations {
  const keyed: PatchOperations = { ...operations }
  const set = keyedValues(operations.set)
  const setIfMissing = keyedValues(operations.setIfMissing)
  if (set) keyed.set = set
  if (setIfMissing) keyed.setIfMissing = setIfMissing
  if (operations.insert) {
    keyed.insert = {
      ...operations.insert,
      items: operations.insert.items.map((item) => withArrayKeys(item, true)),
    }
  }
  return keyed
}

/** Adds missing keys to the values a mutation writes (new documents, set values, inserted items). */
export function withGeneratedArrayKeys(mutation: ParsedMutation): ParsedMutation {
  switch (mutation.kind) {
    case 'create':
    case 'createOrReplace':
    case 'createIfNotExists': {
      const document: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(mutation.document)) document[key] = withArrayKeys(value)
      return { kind: mutation.kind, document: { ...document, _type: mutation.document._type } }
    }
    case 'patch':
      return { ...mutation, operations: keyedPatch(mutation.operations) }
    case 'delete':
      return mutation
  }
}
