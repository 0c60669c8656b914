// /sitemap.xml: the sitemap index, listing every /sitemaps/sitemap/<id>.xml file (app/sitemaps/sitemap.ts), so crawlers and
// robots.txt keep one address however many files the site needs.
import { getEnv } from '#lib/env.ts'
import { loadQuery } from '#lib/queries/load.ts'
import { sitemapFileIds, sitemapIndexQuery, sitemapIndexXml } from '#lib/sitemap.ts'

// Six hours (REVALIDATE_FALLBACK_SECONDS, lib/cache-tags.ts): webhooks revalidate on publish; this only covers a missed one.
export const revalidate = 21600

export async function GET(): Promise<Response> {
  const ids = sitemapFileIds(await loadQuery(sitemapIndexQuery))
  return new Response(sitemapIndexXml(getEnv().siteUrl, ids), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  })
}
