import { describe, expect, it } from 'vitest'
import { type RevalidationPayload, SUBJECT, subjectTag, tagsForChange } from '#lib/cache-tags.ts'

const change = (payload: Partial<RevalidationPayload> & Pick<RevalidationPayload, '_id' | '_type'>) =>
  tagsForChange({ slugs: [], refs: [], ...payload })

describe('tagsForChange', () => {
  it('a review: its page (old and new slug), story listings, feed, sitemap and search', () => {
    expect(change({ _id: 'r1', _type: 'review', slugs: ['old-slug', 'new-slug'] })).toEqual([
      'doc:r1',
      'feed',
      'list:story',
      'search',
      'sitemap',
      'story:new-slug',
      'story:old-slug',
    ])
  })

  it('a body-only edit stays on the story’s own page (and search, and the sitemap’s last-modified)', () => {
    expect(change({ _id: 'r1', _type: 'review', slugs: ['s'], pageOnly: true })).toEqual([
      'doc:r1',
      'search',
      'sitemap',
      'story:s',
    ])
  })

  it('a film reaches its page, the film index and the reviews that reference it', () => {
    const tags = change({
      _id: 'f1',
      _type: 'film',
      slugs: ['heat'],
      refs: [{ _id: 'r1', _type: 'review', slug: 'heat-review', refs: [] }],
    })
    expect(tags).toEqual([
      'doc:f1',
      'doc:r1',
      'feed',
      'film:heat',
      'list:film',
      'list:story',
      'search',
      'sitemap',
      'story:heat-review',
    ])
  })

  it('a person reaches the films they are in and, two hops away, those films’ reviews', () => {
    const tags = change({
      _id: 'p1',
      _type: 'person',
      slugs: ['al-pacino'],
      refs: [
        {
          _id: 'f1',
          _type: 'film',
          slug: 'heat',
          refs: [{ _id: 'r1', _type: 'review', slug: 'heat-review' }],
        },
      ],
    })
    expect(tags).toContain('person:al-pacino')
    expect(tags).toContain('film:heat')
    expect(tags).toContain('story:heat-review')
    expect(tags).toContain('list:film')
  })

  it('an image or a franchise has no page of its own: only the documents using it', () => {
    expect(
      change({
        _id: 'image-abc',
        _type: 'sanity.imageAsset',
        refs: [{ _id: 'a1', _type: 'article', slug: 'news' }],
      }),
    ).toEqual(['doc:a1', 'doc:image-abc', 'feed', 'list:story', 'search', 'story:news'])
  })

  it('site settings reach every page through doc:siteSettings', () => {
    expect(change({ _id: 'siteSettings', _type: 'siteSettings' })).toEqual(['doc:siteSettings'])
  })

  it('tags drafts and versions under their published id', () => {
    expect(change({ _id: 'drafts.r1', _type: 'review', pageOnly: true })).toContain('doc:r1')
    expect(change({ _id: 'versions.rel.r1', _type: 'review', pageOnly: true })).toContain('doc:r1')
  })
})

describe('subjectTag', () => {
  it('tags a page fetch by its slug, or by id for doc subjects', () => {
    expect(subjectTag(SUBJECT.story, { slug: 'heat-review' })).toBe('story:heat-review')
    expect(subjectTag(SUBJECT.doc, { id: 'r1', limit: 4 })).toBe('doc:r1')
    expect(subjectTag(SUBJECT.film, {})).toBeUndefined()
    expect(subjectTag(undefined, { slug: 'x' })).toBeUndefined()
  })
})
