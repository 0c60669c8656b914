// The sitemap files, /sitemaps/sitemap/<id>.xml: `pages-<n>` (the home page, sections, films, people, authors, tags)
// and `stories-<n>`, at most SITEMAP_FILE_SIZE URLs each. /sitemap.xml is their index (sitemap.xml/route.ts).
import type { MetadataRoute } from 'next'
import { getEnv } from '#lib/env.ts'
import { loadQuery } from '#lib/queries/load.ts'
import {
  homeEntry,
  pageEntries,
  parseSitemapFileId,
  sitemapFileIds,
  sitemapIndexQuery,
  sitemapPagesQuery,
  sitemapStoriesQuery,
  storyEntries,
} from '#lib/sitemap.ts'

// Six hours (REVALIDATE_FALLBACK_SECONDS, lib/cache-tags.ts): webhooks revalidate on publish; this only covers a missed one.
export const revalidate = 21600

export async function generateSitemaps(): Promise<{ id: string }[]> {
  return sitemapFileIds(await loadQuery(sitemapIndexQuery)).map((id) => ({ id }))
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const file = parseSitemapFileId(await id)
  if (file === undefined) return []
  const { siteUrl } = getEnv()
  const bounds = { start: file.start, end: file.end }
  if (file.kind === 'stories') return storyEntries(siteUrl, await loadQuery(sitemapStoriesQuery, bounds))
  const pages = pageEntries(siteUrl, await loadQuery(sitemapPagesQuery, bounds))
  if (file.number > 0) return pages
  return [homeEntry(siteUrl, await loadQuery(sitemapIndexQuery)), ...pages]
}
