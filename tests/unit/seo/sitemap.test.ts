import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import robots from '#app/robots.ts'
import { buildSitemap, sitemapQuery } from '#lib/sitemap.ts'

const slug = (current: string) => ({ _type: 'slug', current })
const dataset = [
  {
    _id: 'review-a',
    _type: 'review',
    slug: slug('a'),
    publishedAt: '2025-05-01T00:00:00Z',
    _updatedAt: '2025-05-02T00:00:00Z',
  },
  {
    _id: 'article-b',
    _type: 'article',
    slug: slug('b'),
    section: { _ref: 'section-features' },
    publishedAt: '2025-05-03T00:00:00Z',
    updatedAt: '2025-06-01T00:00:00Z',
    _updatedAt: '2025-05-04T00:00:00Z',
  },
  // Unpublishable: no publishedAt, or no slug.
  { _id: 'article-draft', _type: 'article', slug: slug('draft'), _updatedAt: '2025-05-04T00:00:00Z' },
  {
    _id: 'article-noslug',
    _type: 'article',
    publishedAt: '2025-05-03T00:00:00Z',
    _updatedAt: '2025-05-04T00:00:00Z',
  },
  { _id: 'section-features', _type: 'section', slug: slug('features'), _updatedAt: '2025-01-01T00:00:00Z' },
  { _id: 'film-x', _type: 'film', slug: slug('x'), _updatedAt: '2025-01-02T00:00:00Z' },
  { _id: 'person-p', _type: 'person', slug: slug('p'), _updatedAt: '2025-01-03T00:00:00Z' },
  { _id: 'author-w', _type: 'author', slug: slug('w'), _updatedAt: '2025-01-04T00:00:00Z' },
  { _id: 'tag-t', _type: 'tag', slug: slug('t'), _updatedAt: '2025-01-05T00:00:00Z' },
  // A film and a person without a slug, and a type that has no page: both left out (the precedence trap).
  { _id: 'person-noslug', _type: 'person', _updatedAt: '2025-01-03T00:00:00Z' },
  { _id: 'film-noslug', _type: 'film', _updatedAt: '2025-01-03T00:00:00Z' },
  { _id: 'siteSettings', _type: 'siteSettings', slug: slug('settings'), _updatedAt: '2025-01-03T00:00:00Z' },
]

async function runQuery() {
  const result = await (await evaluate(parse(sitemapQuery.query), { dataset })).get()
  return sitemapQuery.schema.parse(result)
}

describe('sitemap', () => {
  it('lists every published story and every page with a slug, once, with lastModified', async () => {
    const entries = buildSitemap('https://marquee.example', await runQuery())
    expect(entries.map((entry) => entry.url).sort()).toEqual(
      [
        'https://marquee.example/',
        'https://marquee.example/reviews/a',
        'https://marquee.example/features/b',
        'https://marquee.example/features',
        'https://marquee.example/films/x',
        'https://marquee.example/people/p',
        'https://marquee.example/authors/w',
        'https://marquee.example/tags/t',
      ].sort(),
    )
    const byUrl = new Map(entries.map((entry) => [entry.url, entry.lastModified]))
    expect(byUrl.get('https://marquee.example/features/b')).toBe('2025-06-01T00:00:00Z')
    expect(byUrl.get('https://marquee.example/reviews/a')).toBe('2025-05-02T00:00:00Z')
    expect(byUrl.get('https://marquee.example/tags/t')).toBe('2025-01-05T00:00:00Z')
    expect(byUrl.get('https://marquee.example/')).toBe('2025-05-04T00:00:00Z')
  })
})

describe('robots', () => {
  it('allows everything but the Studio and the API, and points at the sitemap', () => {
    const result = robots()
    expect(result.rules).toEqual({ userAgent: '*', allow: '/', disallow: ['/studio', '/api'] })
    expect(String(result.sitemap).endsWith('/sitemap.xml')).toBe(true)
  })
})
