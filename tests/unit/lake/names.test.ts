import { describe, expect, it } from 'vitest'
import { isPublicDocumentId, isValidDatasetName, isValidDocumentId } from '#sanity/lake/store/names.ts'

describe('document ids', () => {
  it.each([
    'post-1',
    'drafts.post-1',
    'versions.r1.post-1',
    'M5yxdnIFfo2xsqhUyZRVGZ',
    '_.releases.r1',
    'a'.repeat(128),
  ])('accepts %s', (id) => expect(isValidDocumentId(id)).toBe(true))
  it.each(['', '-a', '.a', 'a.', 'a..b', 'a b', 'a/b', 'ä', 'a'.repeat(129)])('rejects %j', (id) =>
    expect(isValidDocumentId(id)).toBe(false),
  )
  it('treats ids with a dot as private', () => {
    expect(isPublicDocumentId('post-1')).toBe(true)
    expect(isPublicDocumentId('drafts.post-1')).toBe(false)
    expect(isPublicDocumentId('versions.r.post-1')).toBe(false)
  })
})

describe('dataset names', () => {
  it('follows Sanity’s rules', () => {
    expect(isValidDatasetName('production')).toBe(true)
    expect(isValidDatasetName('staging_2-b')).toBe(true)
    expect(isValidDatasetName('Production')).toBe(false)
    expect(isValidDatasetName('-x')).toBe(false)
    expect(isValidDatasetName('a'.repeat(65))).toBe(false)
  })
})
