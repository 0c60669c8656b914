import { describe, expect, it } from 'vitest'
import {
  authorMetadata,
  filmMetadata,
  listingMetadata,
  personMetadata,
  siteMeta,
  siteMetadata,
  storyMetadata,
  tagMetadata,
} from '#lib/metadata.ts'
import { figure, review, site } from './seo-fixtures.ts'

describe('storyMetadata', () => {
  it('sets the canonical URL and Open Graph article tags', () => {
    const metadata = storyMetadata(site, review)
    expect(metadata.title).toBe(review.headline)
    expect(metadata.description).toBe(review.standfirst)
    expect(metadata.alternates?.canonical).toBe('https://marquee.example/reviews/ballerina')
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: 'https://marquee.example/reviews/ballerina',
      publishedTime: '2025-06-05T09:00:00Z',
      modifiedTime: '2025-06-06T10:30:00Z',
      authors: ['https://marquee.example/authors/maya-critic'],
      section: 'Reviews',
      tags: ['Action', 'John Wick'],
      siteName: 'Marquee',
      locale: 'en_GB',
    })
  })

  it('leaves images to the generated share card, for Open Graph and X alike', () => {
    const metadata = storyMetadata(site, review)
    expect(metadata.openGraph && 'images' in metadata.openGraph).toBe(false)
    expect(metadata.twitter && 'images' in metadata.twitter).toBe(false)
  })

  it('makes a large X card with the site handle', () => {
    expect(storyMetadata(site, review).twitter).toMatchObject({
      card: 'summary_large_image',
      site: '@marqueefilm',
      creator: '@marqueefilm',
      title: review.headline,
    })
  })

  it('lets the SEO title and description win', () => {
    const metadata = storyMetadata(site, {
      ...review,
      seo: { title: 'Ballerina: our verdict', description: 'Short and sharp.', shareImage: null },
    })
    expect(metadata.title).toBe('Ballerina: our verdict')
    expect(metadata.description).toBe('Short and sharp.')
    expect(metadata.openGraph?.title).toBe('Ballerina: our verdict')
  })

  it('puts articles under their section', () => {
    const metadata = storyMetadata(site, {
      ...review,
      _type: 'article',
      section: { title: 'Features', slug: 'features' },
    })
    expect(metadata.alternates?.canonical).toBe('https://marquee.example/features/ballerina')
    expect(metadata.openGraph).toMatchObject({ section: 'Features' })
  })
})

describe('other pages', () => {
  it('builds film, person, author, tag and listing metadata with canonical URLs and images', () => {
    const film = filmMetadata(site, {
      title: 'Ballerina',
      slug: 'ballerina',
      synopsis: 'Eve trains.',
      poster: figure('p', 'Poster'),
    })
    expect(film.alternates?.canonical).toBe('https://marquee.example/films/ballerina')
    expect(film.openGraph?.images).toEqual([
      expect.objectContaining({
        width: 1200,
        height: 630,
        alt: 'Poster',
        url: expect.stringContaining('w=1200&h=630'),
      }),
    ])
    expect(personMetadata(site, { name: 'Ana de Armas', slug: 'ana' }).alternates?.canonical).toBe(
      'https://marquee.example/people/ana',
    )
    expect(
      authorMetadata(site, { name: 'Maya', slug: 'maya', role: 'Chief film critic' }).description,
    ).toContain('Chief film critic')
    expect(tagMetadata(site, { title: 'Action', slug: 'action' }).alternates?.canonical).toBe(
      'https://marquee.example/tags/action',
    )
    const listing = listingMetadata(site, { title: 'News', path: '/news' })
    expect(listing.alternates?.canonical).toBe('https://marquee.example/news')
    expect(listing.twitter).toMatchObject({ card: 'summary' })
  })

  it('falls back to the default share image from site settings', () => {
    const withDefault = { ...site, defaultShareImage: figure('default', 'Marquee') }
    expect(tagMetadata(withDefault, { title: 'Action', slug: 'action' }).openGraph?.images).toEqual([
      expect.objectContaining({ alt: 'Marquee' }),
    ])
  })
})

describe('siteMeta and siteMetadata', () => {
  it('reads settings, strips an @ from the handle and defaults missing values', () => {
    expect(
      siteMeta('https://m.example', { title: 'Marquee Weekly', social: { x: '@weekly' } }),
    ).toMatchObject({
      name: 'Marquee Weekly',
      xHandle: 'weekly',
    })
    expect(siteMeta('https://m.example', null)).toMatchObject({ name: 'Marquee', xHandle: null })
  })

  it('sets the title template and the feed link', () => {
    const metadata = siteMetadata(site)
    expect(metadata.title).toEqual({ default: 'Marquee', template: '%s | Marquee' })
    expect(metadata.alternates?.types).toEqual({ 'application/rss+xml': 'https://marquee.example/feed.xml' })
  })
})
