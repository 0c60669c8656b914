// Every public URL with its last change: stories, films, people, authors, tags and sections.

import type { MetadataRoute } from 'next'
import { z } from 'zod'
import { SITEMAP_TAG } from './cache-tags.ts'
import { publishedStoryFilter } from './queries/fragments.ts'
import { absoluteUrl, authorPath, filmPath, personPath, sectionPath, storyPath, tagPath } from './urls.ts'

// Precedence is explicit: `in` and `defined` joined by && only, never a bare `a || b && c`.
export const sitemapQuery = {
  name: 'sitemap',
  tags: [SITEMAP_TAG],
  query: /* groq */ `{
    "stories": *[${publishedStoryFilter}] | order(publishedAt desc){
      _type,
      "slug": slug.current,
      "section": section->{"slug": slug.current},
      _updatedAt,
      updatedAt,
      publishedAt
    },
    "pages": *[(_type in ["film", "person", "author", "tag", "section"]) && defined(slug.current)]{
      _type,
      "slug": slug.current,
      _updatedAt
    }
  }`,
  schema: z.object({
    stories: z.array(
      z.object({
        _type: z.string(),
        slug: z.string(),
        section: z.object({ slug: z.string() }).nullable(),
        _updatedAt: z.string(),
        updatedAt: z.string().nullable(),
        publishedAt: z.string(),
      }),
    ),
    pages: z.array(
      z.object({
        _type: z.enum(['film', 'person', 'author', 'tag', 'section']),
        slug: z.string(),
        _updatedAt: z.string(),
      }),
    ),
  }),
}
export type SitemapData = z.infer<typeof sitemapQuery.schema>

const pathOf = {
  film: filmPath,
  person: personPath,
  author: authorPath,
  tag: tagPath,
  section: sectionPath,
} as const

/** The later of two ISO dates (a story's editorial `updatedAt` and the document's `_updatedAt`). */
function latest(...dates: (string | null | undefined)[]): string | undefined {
  return dates
    .filter((date): date is string => Boolean(date))
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0]
}

export function buildSitemap(siteUrl: string, data: SitemapData): MetadataRoute.Sitemap {
  const newest = latest(...data.stories.map((story) => story._updatedAt))
  const home: MetadataRoute.Sitemap[number] = {
    url: absoluteUrl(siteUrl, '/'),
    lastModified: newest,
    changeFrequency: 'hourly',
    priority: 1,
  }
  const stories = data.stories.map((story) => ({
    url: absoluteUrl(siteUrl, storyPath(story)),
    lastModified: latest(story._updatedAt, story.updatedAt, story.publishedAt),
    priority: 0.8,
  }))
  const pages = data.pages.map((page) => ({
    url: absoluteUrl(siteUrl, pathOf[page._type](page.slug)),
    lastModified: page._updatedAt,
    priority: page._type === 'section' ? 0.9 : 0.5,
  }))
  // Two documents of one type may share a slug (a duplicated tag, say): list each URL once.
  const byUrl = new Map<string, MetadataRoute.Sitemap[number]>()
  for (const entry of [home, ...stories, ...pages]) if (!byUrl.has(entry.url)) byUrl.set(entry.url, entry)
  return [...byUrl.values()]
}
