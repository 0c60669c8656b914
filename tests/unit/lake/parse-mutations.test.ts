import { describe, expect, it } from 'vitest'
import { withGeneratedArrayKeys } from '#sanity/lake/mutations/array-keys.ts'
import { MutationError } from '#sanity/lake/mutations/mutation-error.ts'
import { parseMutations } from '#sanity/lake/mutations/parse-mutations.ts'

function indexOfFailure(raw: unknown): number | undefined {
  try {
    parseMutations(raw)
  } catch (error) {
    if (error instanceof MutationError) return error.index
    throw error
  }
  return undefined
}

describe('parseMutations', () => {
  it('parses every mutation kind', () => {
    const parsed = parseMutations([
      { create: { _type: 't' } },
      { createOrReplace: { _id: 'a', _type: 't' } },
      { createIfNotExists: { _id: 'drafts.', _type: 't' } },
      { delete: { id: 'a' } },
      { delete: { query: '*[_type == $t]', params: { t: 'x' } } },
      { patch: { id: 'a', ifRevisionID: 'r', set: { x: 1 }, insert: { after: 'arr[-1]', items: [1] } } },
    ])
    expect(parsed.map((mutation) => mutation.kind)).toEqual([
      'create',
      'createOrReplace',
      'createIfNotExists',
      'delete',
      'delete',
      'patch',
    ])
    expect(parsed[4]).toEqual({
      kind: 'delete',
      selection: { kind: 'query', query: '*[_type == $t]', params: { t: 'x' } },
    })
  })

  it('names the index of the first invalid mutation', () => {
    expect(indexOfFailure([{ create: { _type: 't' } }, { create: { _id: 'a' } }])).toBe(1)
    expect(indexOfFailure([{ delete: { id: 'ok' } }, { delete: {} }, { nope: {} }])).toBe(1)
    expect(indexOfFailure([{ patch: { id: 'a', insert: { before: 'x', after: 'y', items: [] } } }])).toBe(0)
    expect(indexOfFailure([{ patch: { id: 'a', unset: 'title' } }])).toBe(0)
  })
})

describe('withGeneratedArrayKeys', () => {
  it('keys objects in arrays, at any depth, and keeps existing keys', () => {
    const [mutation] = parseMutations([
      {
        create: { _type: 't', body: [{ children: [{ text: 'x' }] }, { _key: 'k' }, 'plain'], meta: { a: 1 } },
      },
    ])
    if (!mutation) throw new Error('parsed nothing')
    const keyed = withGeneratedArrayKeys(mutation)
    expect(keyed).toMatchObject({
      document: {
        body: [
          { _key: expect.any(String), children: [{ _key: expect.any(String), text: 'x' }] },
          { _key: 'k' },
          'plain',
        ],
        meta: { a: 1 },
      },
    })
    expect(keyed).not.toHaveProperty('document.meta._key')
  })
})
