// The public view holds back an asset exactly while drafts and versions are its only users, whatever order documents
// arrive and leave in, and never touches the public view for documents whose side did not change.
import { describe, expect, it } from 'vitest'
import { DocumentIndex } from '#sanity/lake/query/document-index.ts'
import { type IndexPair, putInPair, removeFromPair } from '#sanity/lake/store/public-view.ts'

const STILL = `image-${'a'.repeat(40)}-48x27-png`
const still = { _id: STILL, _type: 'sanity.imageAsset', url: 'x' }
const using = (id: string) => ({
  _id: id,
  _type: 'review',
  heroImage: { _type: 'image', asset: { _type: 'reference', _ref: STILL } },
})

function pair(): IndexPair {
  return { all: new DocumentIndex(), public: new DocumentIndex() }
}

const isPublic = (view: IndexPair) => view.public.get(STILL) !== undefined

describe('the public view of assets', () => {
  it('holds back an asset only versions use, and gives it back when the release publishes', () => {
    const view = pair()
    putInPair(view, still)
    expect(isPublic(view)).toBe(true)
    putInPair(view, using('versions.r1.review-x'))
    expect(isPublic(view)).toBe(false)
    expect(view.public.get('versions.r1.review-x')).toBeUndefined()
    // A release publish: the published document arrives, the version leaves.
    putInPair(view, using('review-x'))
    removeFromPair(view, 'versions.r1.review-x')
    expect(isPublic(view)).toBe(true)
  })

  it('holds it back when the last published user goes while a version still uses it', () => {
    const view = pair()
    putInPair(view, using('review-x'))
    putInPair(view, using('versions.r1.review-x'))
    putInPair(view, still)
    expect(isPublic(view)).toBe(true)
    removeFromPair(view, 'review-x')
    expect(isPublic(view)).toBe(false)
    putInPair(view, { _id: 'versions.r1.review-x', _type: 'review' })
    expect(isPublic(view)).toBe(true)
  })

  it('holds back an asset only a draft uses, and gives it back when the draft is published', () => {
    const view = pair()
    putInPair(view, still)
    putInPair(view, using('drafts.review-x'))
    expect(isPublic(view)).toBe(false)
    // Publishing: the published document arrives, the draft leaves.
    putInPair(view, using('review-x'))
    expect(isPublic(view)).toBe(true)
    removeFromPair(view, 'drafts.review-x')
    expect(isPublic(view)).toBe(true)
  })

  it('holds it back while drafts and versions together are its only users', () => {
    const view = pair()
    putInPair(view, using('drafts.review-x'))
    putInPair(view, using('versions.r1.review-y'))
    putInPair(view, still)
    expect(isPublic(view)).toBe(false)
    removeFromPair(view, 'drafts.review-x')
    expect(isPublic(view)).toBe(false)
    putInPair(view, using('review-z'))
    expect(isPublic(view)).toBe(true)
    removeFromPair(view, 'review-z')
    expect(isPublic(view)).toBe(false)
  })

  it('leaves an asset nothing uses public: just uploaded, or its last draft discarded', () => {
    const view = pair()
    putInPair(view, still)
    expect(isPublic(view)).toBe(true)
    putInPair(view, using('drafts.review-x'))
    expect(isPublic(view)).toBe(false)
    // The editor removes the image from the draft: nothing uses it any more.
    putInPair(view, { _id: 'drafts.review-x', _type: 'review' })
    expect(isPublic(view)).toBe(true)
  })

  it('keeps the public view unchanged by writes that move nothing there', () => {
    const view = pair()
    putInPair(view, still)
    putInPair(view, using('review-x'))
    const version = view.public.version
    putInPair(view, using('versions.r1.review-x'))
    putInPair(view, using('drafts.review-x'))
    removeFromPair(view, 'drafts.review-x')
    expect(view.public.version).toBe(version)
  })
})
