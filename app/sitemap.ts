// /sitemap.xml: every story, film, person, author, tag and section, with when it last changed.
import type { MetadataRoute } from 'next'
import { getEnv } from '#lib/env.ts'
import { loadQuery } from '#lib/queries/load.ts'
import { buildSitemap, sitemapQuery } from '#lib/sitemap.ts'

// Six hours (REVALIDATE_FALLBACK_SECONDS, lib/cache-tags.ts): webhooks revalidate on publish; this only covers a missed one.
export const revalidate = 21600

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap(getEnv().siteUrl, await loadQuery(sitemapQuery))
}
