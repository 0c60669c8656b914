import { describe, expect, it } from 'vitest'
import {
  headlineFontSize,
  type ShareCard,
  shareCardAlt,
  shareCardFigure,
  shareCardImageUrl,
  shareCardKicker,
} from '#lib/share-image.ts'
import { figure, site } from './seo-fixtures.ts'

const card: ShareCard = {
  _type: 'review',
  kind: null,
  headline: 'Ballerina review',
  slug: 'ballerina',
  rating: 4.5,
  section: null,
  shareImage: null,
  heroImage: null,
  film: { title: 'Ballerina', still: null, poster: null },
}

describe('shareCardFigure', () => {
  it('prefers the SEO share image, then the hero, then a still, then the poster', () => {
    const all = {
      ...card,
      shareImage: figure('share', 'Share'),
      heroImage: figure('hero', 'Hero'),
      film: { title: 'Ballerina', still: figure('still', 'Still'), poster: figure('poster', 'Poster') },
    }
    expect(shareCardFigure(all)?.alt).toBe('Share')
    expect(shareCardFigure({ ...all, shareImage: null })?.alt).toBe('Hero')
    expect(shareCardFigure({ ...all, shareImage: null, heroImage: null })?.alt).toBe('Still')
    expect(
      shareCardFigure({ ...all, shareImage: null, heroImage: null, film: { ...all.film, still: null } })?.alt,
    ).toBe('Poster')
    expect(shareCardFigure(card)).toBeUndefined()
  })

  it('skips a figure whose asset is missing', () => {
    const broken = { ...figure('share', 'Broken'), asset: null }
    expect(shareCardFigure({ ...card, shareImage: broken, heroImage: figure('hero', 'Hero') })?.alt).toBe(
      'Hero',
    )
  })
})

describe('shareCardImageUrl', () => {
  it('asks the image endpoint for a 1200x630 JPEG crop', () => {
    const url = new URL(shareCardImageUrl(figure('hero', 'Hero'), site.images) ?? '')
    expect(url.origin).toBe('https://lake.example')
    expect(url.searchParams.get('w')).toBe('1200')
    expect(url.searchParams.get('h')).toBe('630')
    expect(url.searchParams.get('fit')).toBe('crop')
    expect(url.searchParams.get('fm')).toBe('jpg')
  })
})

describe('headline and kicker', () => {
  it('sets long headlines smaller', () => {
    expect(headlineFontSize('Short')).toBeGreaterThan(headlineFontSize('x'.repeat(90)))
    expect(headlineFontSize('x'.repeat(90))).toBeGreaterThan(headlineFontSize('x'.repeat(140)))
  })

  it('labels reviews and articles', () => {
    expect(shareCardKicker(card)).toBe('Review')
    expect(
      shareCardKicker({ ...card, _type: 'article', section: { title: 'Features', slug: 'features' } }),
    ).toBe('Features')
  })
})

describe('shareCardAlt', () => {
  const label = (rating: number) => `${rating} out of 5 stars`
  it('says the headline, the rating and what the picture shows', () => {
    expect(shareCardAlt({ ...card, heroImage: figure('hero', 'Ana de Armas in Ballerina') }, label)).toBe(
      'Review: “Ballerina review”, 4.5 out of 5 stars. Ana de Armas in Ballerina.',
    )
  })

  it('leaves out the rating of an article and a picture without alt', () => {
    const article: ShareCard = {
      ...card,
      _type: 'article',
      rating: null,
      section: { title: 'News', slug: 'news' },
    }
    expect(shareCardAlt(article, label)).toBe('News: “Ballerina review”.')
  })
})
