// /sitemap.xml: every story, film, person, author, tag and section, with when it last changed.
import type { MetadataRoute } from 'next'
import { getEnv } from '../lib/env.ts'
import { loadQuery } from '../lib/queries/load.ts'
import { buildSitemap, sitemapQuery } from '../lib/sitemap.ts'

export const revalidate = 300

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap(getEnv().siteUrl, await loadQuery(sitemapQuery))
}
