// /robots.txt: everything public is crawlable; the Studio and the API are not pages. The sitemap is the
// index at /sitemap.xml, which lists every /sitemaps/sitemap/<id>.xml file.
import type { MetadataRoute } from 'next'
import { getEnv } from '#lib/env.ts'
import { absoluteUrl } from '#lib/urls.ts'

export default function robots(): MetadataRoute.Robots {
  const { siteUrl } = getEnv()
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/studio', '/api'] },
    sitemap: absoluteUrl(siteUrl, '/sitemap.xml'),
    host: siteUrl,
  }
}
