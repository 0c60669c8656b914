// Every public URL with its last change: stories, films, people, authors, tags and sections, split into
// files of at most SITEMAP_FILE_SIZE URLs (app/sitemaps/sitemap.ts, served at /sitemaps/sitemap/<id>.xml) listed by a
// sitemap index at /sitemap.xml (app/sitemap.xml/route.ts). Each file is one ordered slice of one kind,
// which the lake answers from its order index without reading the rest.

import type { MetadataRoute } from 'next'
import { z } from 'zod'
import { SITEMAP_TAG } from './cache-tags.ts'
import { escapeXml } from './feed.ts'
import { publishedStoryFilter } from './queries/fragments.ts'
import { absoluteUrl, authorPath, filmPath, personPath, sectionPath, storyPath, tagPath } from './urls.ts'

/** URLs per sitemap file (Google accepts 50,000; smaller files are cheap to build and to refresh). */
export const SITEMAP_FILE_SIZE = 5000

/**
 * Where Next serves the files of app/sitemaps/sitemap.ts (generateSitemaps): not /sitemap/<id>.xml, because a
 * sitemap.ts at the app root would also claim /sitemap.xml, which is the index's address.
 */
export const SITEMAP_FILES_PATH = '/sitemaps/sitemap'

// Precedence is explicit: `in` and `defined` joined by && only, never a bare `a || b && c`.
const pageFilter = /* groq */ `_type in ["film", "person", "author", "tag", "section"] && defined(slug.current)`

const datesSchema = z.object({
  _updatedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
})

/** How many files there are, and the newest story (the home page's last change). */
export const sitemapIndexQuery = {
  name: 'sitemapIndex',
  tags: [SITEMAP_TAG],
  query: /* groq */ `{
    "stories": count(*[${publishedStoryFilter}]),
    "pages": count(*[${pageFilter}]),
    "newestStory": *[${publishedStoryFilter}] | order(publishedAt desc)[0]{_updatedAt, updatedAt, publishedAt}
  }`,
  schema: z.object({ stories: z.number(), pages: z.number(), newestStory: datesSchema.nullable() }),
}
export type SitemapIndex = z.infer<typeof sitemapIndexQuery.schema>

/**
 * Stories oldest first, so a new story lands in the last file and the others stay as they were. Sections
 * are few: their slugs come once with the file rather than through a dereference per story.
 */
export const sitemapStoriesQuery = {
  name: 'sitemapStories',
  tags: [SITEMAP_TAG],
  query: /* groq */ `{
    "sections": *[_type == "section" && defined(slug.current)]{_id, "slug": slug.current},
    "stories": *[${publishedStoryFilter}] | order(publishedAt asc)[$start...$end]{
      _type,
      "slug": slug.current,
      "section": section._ref,
      _updatedAt,
      updatedAt,
      publishedAt
    }
  }`,
  schema: z.object({
    sections: z.array(z.object({ _id: z.string(), slug: z.string() })),
    stories: z.array(
      z.object({
        _type: z.string(),
        slug: z.string(),
        section: z.string().nullable(),
        _updatedAt: z.string(),
        updatedAt: z.string().nullable(),
        publishedAt: z.string(),
      }),
    ),
  }),
}
export type SitemapStories = z.infer<typeof sitemapStoriesQuery.schema>

export const sitemapPagesQuery = {
  name: 'sitemapPages',
  tags: [SITEMAP_TAG],
  query: /* groq */ `*[${pageFilter}] | order(_id asc)[$start...$end]{_type, "slug": slug.current, _updatedAt}`,
  schema: z.array(
    z.object({
      _type: z.enum(['film', 'person', 'author', 'tag', 'section']),
      slug: z.string(),
      _updatedAt: z.string(),
    }),
  ),
}
export type SitemapPage = z.infer<typeof sitemapPagesQuery.schema>[number]

export interface SitemapFile {
  readonly kind: 'stories' | 'pages'
  readonly number: number
  /** Slice bounds for the file's query. */
  readonly start: number
  readonly end: number
}

/** The files' ids: `pages-0` (always: it holds the home page), `pages-1`..., `stories-0`... */
export function sitemapFileIds(index: Pick<SitemapIndex, 'stories' | 'pages'>): string[] {
  const files = (kind: SitemapFile['kind'], total: number, least: number) =>
    Array.from({ length: Math.max(least, Math.ceil(total / SITEMAP_FILE_SIZE)) }, (_, i) => `${kind}-${i}`)
  return [...files('pages', index.pages, 1), ...files('stories', index.stories, 0)]
}

export function parseSitemapFileId(id: string): SitemapFile | undefined {
  const match = /^(stories|pages)-(0|[1-9]\d{0,5})$/.exec(id)
  const kind = match?.[1]
  if (kind !== 'stories' && kind !== 'pages') return undefined
  const number = Number(match?.[2])
  return { kind, number, start: number * SITEMAP_FILE_SIZE, end: (number + 1) * SITEMAP_FILE_SIZE }
}

const pathOf = {
  film: filmPath,
  person: personPath,
  author: authorPath,
  tag: tagPath,
  section: sectionPath,
} as const

/** The latest of ISO dates (a story's editorial `updatedAt` and the document's `_updatedAt`). */
function latest(...dates: (string | null | undefined)[]): string | undefined {
  return dates
    .filter((date): date is string => Boolean(date))
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0]
}

export function homeEntry(
  siteUrl: string,
  index: Pick<SitemapIndex, 'newestStory'>,
): MetadataRoute.Sitemap[number] {
  const newest = index.newestStory
  return {
    url: absoluteUrl(siteUrl, '/'),
    lastModified: newest ? latest(newest._updatedAt, newest.updatedAt, newest.publishedAt) : undefined,
    changeFrequency: 'hourly',
    priority: 1,
  }
}

export function storyEntries(siteUrl: string, { sections, stories }: SitemapStories): MetadataRoute.Sitemap {
  const sectionSlug = new Map(sections.map((section) => [section._id, section.slug]))
  return unique(
    stories.map((story) => {
      const slug = story.section === null ? undefined : sectionSlug.get(story.section)
      const section = slug === undefined ? null : { slug }
      return {
        url: absoluteUrl(siteUrl, storyPath({ ...story, section })),
        lastModified: latest(story._updatedAt, story.updatedAt, story.publishedAt),
        priority: 0.8,
      }
    }),
  )
}

export function pageEntries(siteUrl: string, pages: readonly SitemapPage[]): MetadataRoute.Sitemap {
  return unique(
    pages.map((page) => ({
      url: absoluteUrl(siteUrl, pathOf[page._type](page.slug)),
      lastModified: page._updatedAt,
      priority: page._type === 'section' ? 0.9 : 0.5,
    })),
  )
}

/** Two documents of one type may share a slug (a duplicated tag, say): list each URL once. */
export function unique(entries: MetadataRoute.Sitemap): MetadataRoute.Sitemap {
  const byUrl = new Map<string, MetadataRoute.Sitemap[number]>()
  for (const entry of entries) if (!byUrl.has(entry.url)) byUrl.set(entry.url, entry)
  return [...byUrl.values()]
}

/** The sitemap index (sitemaps.org): one `<sitemap>` per file. */
export function sitemapIndexXml(siteUrl: string, ids: readonly string[]): string {
  const files = ids.map(
    (id) =>
      `<sitemap><loc>${escapeXml(absoluteUrl(siteUrl, `${SITEMAP_FILES_PATH}/${id}.xml`))}</loc></sitemap>`,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files,
    '</sitemapindex>',
    '',
  ].join('\n')
}
