import { describe, expect, it } from 'vitest'
import { filmYear } from '#sanity/schemaTypes/documents/filmYear.ts'
import { validateAltText, validateFigure } from '#sanity/schemaTypes/validation/alt.ts'
import { publishedIdOf } from '#sanity/schemaTypes/validation/ids.ts'
import { validateRelatedPins } from '#sanity/schemaTypes/validation/pins.ts'
import { ratingStars, validateRating } from '#sanity/schemaTypes/validation/rating.ts'
import { SLUG_UNIQUENESS_QUERY, slugUniquenessParams } from '#sanity/schemaTypes/validation/slug.ts'
import { validateSocialHandle } from '#sanity/schemaTypes/validation/social.ts'
import {
  validateHeadline,
  validateSeoDescription,
  validateSeoTitle,
} from '#sanity/schemaTypes/validation/text.ts'
import { validateLinkHref, validateNavHref, validateVideoUrl } from '#sanity/schemaTypes/validation/url.ts'

const pin = (id: string) => ({ _type: 'reference', _ref: id, _key: id })

describe('headline and SEO lengths', () => {
  it('accepts a headline of exactly 100 characters and rejects 101', () => {
    expect(validateHeadline('a'.repeat(100))).toBe(true)
    expect(validateHeadline('a'.repeat(101))).toMatch(/101 characters.*100/)
  })

  it('counts characters, not UTF-16 units', () => {
    expect(validateHeadline('★'.repeat(100))).toBe(true)
    expect(validateHeadline('🎬'.repeat(100))).toBe(true)
  })

  it('limits SEO title to 70 and description to 160', () => {
    expect(validateSeoTitle('t'.repeat(70))).toBe(true)
    expect(validateSeoTitle('t'.repeat(71))).toMatch(/70/)
    expect(validateSeoDescription('d'.repeat(160))).toBe(true)
    expect(validateSeoDescription('d'.repeat(161))).toMatch(/160/)
  })

  it('leaves missing values to the required rule', () => {
    expect(validateSeoTitle(undefined)).toBe(true)
  })
})

describe('rating', () => {
  it.each([0.5, 1, 2.5, 5])('accepts %s', (value) => expect(validateRating(value)).toBe(true))

  it.each([
    [6, /between/],
    [0, /between/],
    [2.3, /half stars/],
    [Number.NaN, /number/],
    ['4', /number/],
  ])('rejects %s', (value, message) => expect(validateRating(value)).toMatch(message))

  it('draws stars with a half', () => {
    expect(ratingStars(3.5)).toBe('★★★½')
    expect(ratingStars(5)).toBe('★★★★★')
    expect(ratingStars(0.5)).toBe('½')
    expect(ratingStars(2.3)).toBe('')
  })
})

describe('link and video URLs', () => {
  it.each([
    'https://example.com',
    'http://example.com/a?b=c',
    'mailto:editor@example.com',
    'tel:+441234567890',
  ])('allows %s', (href) => expect(validateLinkHref(href)).toBe(true))

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ftp://example.com',
    '/relative/path',
  ])('rejects %s', (href) => expect(validateLinkHref(href)).not.toBe(true))

  it('allows only https YouTube and Vimeo videos', () => {
    expect(validateVideoUrl('https://www.youtube.com/watch?v=abc')).toBe(true)
    expect(validateVideoUrl('https://youtu.be/abc')).toBe(true)
    expect(validateVideoUrl('https://vimeo.com/123')).toBe(true)
    expect(validateVideoUrl('http://www.youtube.com/watch?v=abc')).toMatch(/https/)
    expect(validateVideoUrl('https://youtube.com.evil.example/watch')).toMatch(/YouTube or Vimeo/)
    expect(validateVideoUrl('javascript:alert(1)')).not.toBe(true)
  })

  it('allows site paths and http(s) URLs in navigation, not protocol-relative ones', () => {
    expect(validateNavHref('/reviews')).toBe(true)
    expect(validateNavHref('https://example.com')).toBe(true)
    expect(validateNavHref('//evil.example')).not.toBe(true)
    expect(validateNavHref('javascript:alert(1)')).not.toBe(true)
  })
})

describe('image alt text', () => {
  it('requires non-blank alt on an image with an asset', () => {
    const asset = { _type: 'reference', _ref: 'image-a-1x1-png' }
    expect(validateFigure({ _type: 'image', asset, alt: 'A cinema' })).toBe(true)
    expect(validateFigure({ _type: 'image', asset })).toMatch(/Alternative text/)
    expect(validateFigure({ _type: 'image', asset, alt: '   ' })).toMatch(/Alternative text/)
    expect(validateAltText('')).not.toBe(true)
  })

  it('does not ask for alt before an image is chosen', () => {
    expect(validateFigure(undefined)).toBe(true)
    expect(validateFigure({ _type: 'image' })).toBe(true)
  })
})

describe('related pins', () => {
  it('allows up to four other stories', () => {
    expect(validateRelatedPins(['a', 'b', 'c', 'd'].map(pin), 'review-x')).toBe(true)
  })

  it('rejects a fifth pin', () => {
    expect(validateRelatedPins(['a', 'b', 'c', 'd', 'e'].map(pin), 'review-x')).toMatch(/at most 4/)
  })

  it('rejects the story itself, also while editing its draft', () => {
    expect(validateRelatedPins([pin('review-x')], 'review-x')).toMatch(/itself/)
    expect(validateRelatedPins([pin('review-x')], 'drafts.review-x')).toMatch(/itself/)
  })

  it('rejects the same story twice', () => {
    expect(validateRelatedPins([pin('a'), { ...pin('a'), _key: 'other' }], 'review-x')).toMatch(/once/)
  })
})

describe('slug uniqueness is per document type', () => {
  it('queries by the document type and excludes its own versions', () => {
    expect(SLUG_UNIQUENESS_QUERY).toContain('_type == $docType')
    expect(SLUG_UNIQUENESS_QUERY).toContain('!sanity::versionOf($published)')
    expect(slugUniquenessParams('ballerina', { _id: 'drafts.review-ballerina', _type: 'review' })).toEqual({
      docType: 'review',
      published: 'review-ballerina',
      slug: 'ballerina',
    })
  })

  it('maps draft and release versions to the published id', () => {
    expect(publishedIdOf('drafts.a')).toBe('a')
    expect(publishedIdOf('versions.r1.a')).toBe('a')
    expect(publishedIdOf('a')).toBe('a')
  })
})

describe('social handles and film years', () => {
  it('stores handles without @', () => {
    expect(validateSocialHandle('marqueemag')).toBe(true)
    expect(validateSocialHandle('marquee.bsky.social')).toBe(true)
    expect(validateSocialHandle('@marqueemag')).toMatch(/@/)
    expect(validateSocialHandle('https://x.com/marqueemag')).not.toBe(true)
  })

  it('takes the earliest release year', () => {
    expect(filmYear(['2025-06-06', '2024-11-01', undefined])).toBe('2024')
    expect(filmYear([undefined, 'soon'])).toBeUndefined()
  })
})
