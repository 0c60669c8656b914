// Plain data shaped like the query results, for rendering components without a lake.
import type { Byline } from '#lib/queries/article.ts'
import type { FilmFacts } from '#lib/queries/film.ts'
import type { ArticleCard, Figure } from '#lib/queries/fragments.ts'

export function figure(overrides: Partial<Figure> = {}): Figure {
  return {
    asset: {
      _id: 'image-0a1b2c3d4e5f60718293a4b5c6d7e8f901234567-1600x900-jpg',
      url: 'http://127.0.0.1:4000/images/local/production/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567-1600x900.jpg',
      metadata: {
        lqip: 'data:image/jpeg;base64,AAAA',
        dimensions: { width: 1600, height: 900, aspectRatio: 16 / 9 },
      },
    },
    alt: 'Eve on a stage under three spotlights',
    caption: 'Ana de Armas as Eve Macarro',
    credit: 'Credit: Lionsgate',
    hotspot: null,
    crop: null,
    ...overrides,
  }
}

export function card(index: number, overrides: Partial<ArticleCard> = {}): ArticleCard {
  return {
    _id: `review-story-${index}`,
    _type: 'review',
    kind: null,
    headline: `Story number ${index}`,
    slug: `story-${index}`,
    standfirst: `Standfirst of story ${index}.`,
    publishedAt: '2025-06-04T08:00:00Z',
    rating: 4,
    section: { title: 'Reviews', slug: 'reviews' },
    heroImage: figure({ alt: `Still from story ${index}` }),
    film: { title: 'Ballerina', slug: 'ballerina' },
    authors: [{ name: 'Tom Ellery', slug: 'tom-ellery' }],
    ...overrides,
  }
}

export const byline: Byline = { name: 'Tom Ellery', slug: 'tom-ellery', role: 'Action and genre critic' }

export function film(overrides: Partial<FilmFacts> = {}): FilmFacts {
  return {
    _id: 'film-ballerina',
    title: 'Ballerina',
    slug: 'ballerina',
    runtime: 105,
    distributor: 'Lionsgate',
    genres: ['Action'],
    synopsis: null,
    trailerUrl: null,
    releases: [
      { territory: 'UK', date: '2025-06-06', medium: 'cinema', platform: null },
      { territory: 'US', date: '2025-06-06', medium: 'cinema', platform: null },
    ],
    certificates: [
      { territory: 'UK', body: 'BBFC', rating: '15' },
      { territory: 'US', body: 'MPA', rating: 'R' },
    ],
    directors: [{ name: 'Len Wiseman', slug: 'len-wiseman' }],
    writers: [],
    cast: [
      { character: 'Eve Macarro', person: { name: 'Ana de Armas', slug: 'ana-de-armas' } },
      { character: 'John Wick', person: { name: 'Keanu Reeves', slug: 'keanu-reeves' } },
    ],
    franchise: { title: 'John Wick', slug: 'john-wick' },
    poster: null,
    ...overrides,
  }
}
