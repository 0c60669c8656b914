// Sanity's own validateDocument against the schema: what an editor would see in the Studio.
import type { ValidationMarker } from 'sanity'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dataset, film, magazine, review } from './fixtures.ts'
import { createSchemaValidator, type DocumentInput, type SchemaValidator } from './validate-against-schema.ts'

function describeMarkers(markers: ValidationMarker[]): string[] {
  return markers.map(
    (marker) => `${marker.path.map((p) => (typeof p === 'object' ? '[]' : p)).join('.')}: ${marker.message}`,
  )
}

function errorPaths(markers: ValidationMarker[]): string[] {
  return describeMarkers(markers.filter((marker) => marker.level === 'error'))
}

let validator: SchemaValidator

beforeAll(async () => {
  const otherReview: DocumentInput = {
    ...review,
    _id: 'review-other',
    slug: { _type: 'slug', current: 'taken' },
  }
  validator = await createSchemaValidator([...dataset, otherReview])
})

afterAll(async () => {
  await validator.close()
})

describe('a valid magazine', () => {
  it.each(magazine.map((document) => [document._id, document] as const))(
    '%s has no errors',
    async (_, document) => {
      expect(errorPaths(await validator.validate(document))).toEqual([])
    },
  )
})

describe('errors an editor sees', () => {
  it('headline longer than 100 characters', async () => {
    const errors = errorPaths(await validator.errors({ ...review, headline: 'h'.repeat(101) }))
    expect(errors).toEqual([expect.stringMatching(/^headline: Headline is 101 characters/)])
  })

  it.each([6, 2.3, 0])('rating %s', async (rating) => {
    const errors = errorPaths(await validator.errors({ ...review, rating }))
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.every((error) => error.startsWith('rating: '))).toBe(true)
  })

  it('javascript: link in the body', async () => {
    const body = [
      {
        _type: 'block',
        _key: 'b1',
        style: 'normal',
        markDefs: [{ _type: 'link', _key: 'm1', href: 'javascript:alert(1)' }],
        children: [{ _type: 'span', _key: 's1', text: 'click', marks: ['m1'] }],
      },
    ]
    const errors = errorPaths(await validator.errors({ ...review, body }))
    expect(errors).toContainEqual(
      expect.stringMatching(/^body\.\[\]\.markDefs\.\[\]\.href: Links may only use/),
    )
  })

  it('mailto: and tel: links are fine', async () => {
    const body = [
      {
        _type: 'block',
        _key: 'b1',
        style: 'normal',
        markDefs: [
          { _type: 'link', _key: 'm1', href: 'mailto:desk@example.com' },
          { _type: 'link', _key: 'm2', href: 'tel:+441234567890' },
        ],
        children: [{ _type: 'span', _key: 's1', text: 'write or call', marks: ['m1', 'm2'] }],
      },
    ]
    expect(errorPaths(await validator.errors({ ...review, body }))).toEqual([])
  })

  it('image without alt text', async () => {
    const heroImage = { _type: 'image', asset: { _type: 'reference', _ref: 'image-a-10x10-png' } }
    const errors = errorPaths(await validator.errors({ ...review, heroImage }))
    expect(errors).toContainEqual(expect.stringMatching(/^heroImage\.alt: /))
  })

  it('more than four pins, or the story itself', async () => {
    const pins = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
      _type: 'reference',
      _ref: `article-${id}`,
      _key: id,
    }))
    const tooMany = errorPaths(await validator.errors({ ...review, relatedPins: pins }))
    expect(tooMany).toContainEqual('relatedPins: Pin at most 4 related stories')
    const self = [{ _type: 'reference', _ref: review._id, _key: 'self' }]
    const selfPin = errorPaths(
      await validator.errors({ ...review, _id: `drafts.${review._id}`, relatedPins: self }),
    )
    expect(selfPin).toContainEqual('relatedPins: A story cannot be pinned as related to itself')
  })

  it('SEO title over 70 and description over 160 characters', async () => {
    const errors = errorPaths(
      await validator.errors({ ...review, seo: { title: 't'.repeat(71), description: 'd'.repeat(161) } }),
    )
    expect(errors).toEqual([
      expect.stringMatching(/^seo\.title: SEO title is 71 characters/),
      expect.stringMatching(/^seo\.description: SEO description is 161 characters/),
    ])
  })

  it('missing publishedAt, authors and film', async () => {
    const { publishedAt: _p, authors: _a, film: _f, ...rest } = review
    const errors = errorPaths(await validator.errors(rest))
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^publishedAt: /),
        expect.stringMatching(/^authors: /),
        expect.stringMatching(/^film: /),
      ]),
    )
  })

  it('trailer that is not YouTube or Vimeo over https', async () => {
    const errors = errorPaths(
      await validator.errors({ ...film, trailerUrl: 'https://example.com/trailer.mp4' }),
    )
    expect(errors).toContainEqual('trailerUrl: Video must be on YouTube or Vimeo')
  })
})

describe('slug uniqueness per type', () => {
  it('rejects a slug another review already has', async () => {
    const errors = errorPaths(
      await validator.errors({ ...review, slug: { _type: 'slug', current: 'taken' } }),
    )
    expect(errors).toContainEqual('slug: Slug is already in use')
  })

  it("allows a review to share a film's slug", async () => {
    // film-ballerina and review-ballerina both use 'ballerina' in the fixtures.
    expect(film.slug).toEqual(review.slug)
    expect(errorPaths(await validator.errors(review))).toEqual([])
  })

  it("does not count the document's own draft as a duplicate", async () => {
    expect(errorPaths(await validator.errors({ ...review, _id: `drafts.${review._id}` }))).toEqual([])
  })
})

describe('shape checks for imported content', () => {
  it('warns about a field the schema does not know', async () => {
    const markers = await validator.validate({ ...review, rating_typo: 4 })
    expect(describeMarkers(markers)).toContainEqual(
      "rating_typo: Field 'rating_typo' does not exist on type 'review'",
    )
  })
})
