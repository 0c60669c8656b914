import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import robots from '#app/robots.ts'
import {
  homeEntry,
  pageEntries,
  parseSitemapFileId,
  SITEMAP_FILE_SIZE,
  sitemapFileIds,
  sitemapIndexQuery,
  sitemapIndexXml,
  sitemapPagesQuery,
  sitemapStoriesQuery,
  storyEntries,
} from '#lib/sitemap.ts'

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

async function run<Schema extends z.ZodType>(
  query: { query: string; schema: Schema },
  params: Record<string, unknown> = {},
): Promise<z.output<Schema>> {
  const result = await (await evaluate(parse(query.query, { params }), { dataset, params })).get()
  return query.schema.parse(result)
}

const siteUrl = 'https://marquee.example'

describe('sitemap', () => {
  it('lists every published story and every page with a slug, once, with lastModified', async () => {
    const index = await run(sitemapIndexQuery)
    expect(index).toMatchObject({ stories: 2, pages: 5 })
    const ids = sitemapFileIds(index)
    expect(ids).toEqual(['pages-0', 'stories-0'])
    const bounds = (id: string) => {
      const file = parseSitemapFileId(id)
      if (file === undefined) throw new Error(`not a sitemap file: ${id}`)
      return { start: file.start, end: file.end }
    }
    const entries = [
      homeEntry(siteUrl, index),
      ...pageEntries(siteUrl, await run(sitemapPagesQuery, bounds('pages-0'))),
      ...storyEntries(siteUrl, await run(sitemapStoriesQuery, bounds('stories-0'))),
    ]
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
    // The home page changes with its newest story.
    expect(byUrl.get('https://marquee.example/')).toBe('2025-06-01T00:00:00Z')
  })

  it('splits into files of SITEMAP_FILE_SIZE URLs, oldest stories first', async () => {
    expect(sitemapFileIds({ pages: 0, stories: 0 })).toEqual(['pages-0'])
    expect(sitemapFileIds({ pages: SITEMAP_FILE_SIZE + 1, stories: 2 * SITEMAP_FILE_SIZE })).toEqual([
      'pages-0',
      'pages-1',
      'stories-0',
      'stories-1',
    ])
    expect(parseSitemapFileId('stories-2')).toEqual({
      kind: 'stories',
      number: 2,
      start: 2 * SITEMAP_FILE_SIZE,
      end: 3 * SITEMAP_FILE_SIZE,
    })
    for (const id of ['stories', 'pages-01', 'films-0', 'stories--1', 'pages-1.xml']) {
      expect(parseSitemapFileId(id)).toBeUndefined()
    }
    const { stories } = await run(sitemapStoriesQuery, { start: 0, end: 1 })
    expect(stories.map((story) => story.slug)).toEqual(['a'])
  })

  it('indexes the files at /sitemaps/sitemap/<id>.xml', () => {
    const xml = sitemapIndexXml(siteUrl, ['pages-0', 'stories-0'])
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([
      'https://marquee.example/sitemaps/sitemap/pages-0.xml',
      'https://marquee.example/sitemaps/sitemap/stories-0.xml',
    ])
  })
})

describe('robots', () => {
  it('allows everything but the Studio and the API, and points at the sitemap index', () => {
    const result = robots()
    expect(result.rules).toEqual({ userAgent: '*', allow: '/', disallow: ['/studio', '/api'] })
    expect(String(result.sitemap).endsWith('/sitemap.xml')).toBe(true)
  })
})
