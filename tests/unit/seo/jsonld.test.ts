import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { JsonLd } from '#components/seo/JsonLd.tsx'
import { newsArticleJsonLd, reviewJsonLd, serializeJsonLd, storyJsonLd, validRating } from '#lib/jsonld.ts'
import { review, site } from './seo-fixtures.ts'

const attack = '</script><script>alert(1)</script> <!-- & \u2028\u2029'

describe('serializeJsonLd', () => {
  it('leaves no character that could end the script element, and parses back to the same value', () => {
    const json = serializeJsonLd({ headline: attack })
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(json)).toEqual({ headline: attack })
  })

  it('renders one script element whose content is the escaped JSON', () => {
    const html = renderToStaticMarkup(
      createElement(JsonLd, { data: storyJsonLd(site, { ...review, headline: attack }) }),
    )
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(html.match(/<\/script/gi)).toHaveLength(1)
    expect(html.match(/<script/gi)).toHaveLength(1)
    const inner = html.slice('<script type="application/ld+json">'.length, -'</script>'.length)
    expect(JSON.parse(inner).headline).toBe(attack)
  })
})

describe('reviewJsonLd', () => {
  it('describes a Review of a Movie with rating bounds, author, publisher and dates', () => {
    const data = reviewJsonLd(site, review)
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Review',
      headline: review.headline,
      url: 'https://marquee.example/reviews/ballerina',
      datePublished: '2025-06-05T09:00:00Z',
      dateModified: '2025-06-06T10:30:00Z',
      itemReviewed: {
        '@type': 'Movie',
        name: 'Ballerina',
        datePublished: '2025-06-05',
        director: {
          '@type': 'Person',
          name: 'Len Wiseman',
          url: 'https://marquee.example/people/len-wiseman',
        },
      },
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 0.5 },
      author: [
        { '@type': 'Person', name: 'Maya Critic', url: 'https://marquee.example/authors/maya-critic' },
      ],
      publisher: { '@type': 'Organization', name: 'Marquee', logo: { '@type': 'ImageObject' } },
    })
    const image = JSON.parse(serializeJsonLd(data)).itemReviewed.image
    expect(image).toMatch(/^https:\/\/lake\.example\/images\/local\/production\/poster-2400x1350\.jpg\?/)
  })

  it('keeps half stars and leaves out ratings outside 0.5 to 5', () => {
    expect(validRating(0.5)).toBe(0.5)
    expect(validRating(3.5)).toBe(3.5)
    expect(validRating(5)).toBe(5)
    for (const bad of [0, -1, 5.5, 3.3, Number.NaN, null, undefined]) expect(validRating(bad)).toBeUndefined()
    const unrated = JSON.parse(serializeJsonLd(reviewJsonLd(site, { ...review, rating: 7 })))
    expect(unrated.reviewRating).toBeUndefined()
    expect(unrated['@type']).toBe('Review')
  })
})

describe('newsArticleJsonLd', () => {
  it('describes news and features as a NewsArticle under their section', () => {
    const article = {
      ...review,
      _type: 'article' as const,
      kind: 'news',
      section: { title: 'News', slug: 'news' },
    }
    const data = storyJsonLd(site, article)
    expect(data['@type']).toBe('NewsArticle')
    expect(data.url).toBe('https://marquee.example/news/ballerina')
    expect(data.reviewRating).toBeUndefined()
    expect(newsArticleJsonLd(site, article).headline).toBe(review.headline)
  })
})
