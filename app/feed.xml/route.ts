// RSS 2.0 of the latest stories, cached like the pages and refreshed by the same revalidation tags.
import { buildRssFeed, FEED_SIZE, feedQuery } from '#lib/feed.ts'
import { loadQuery } from '#lib/queries/load.ts'
import { getSiteMeta } from '#lib/site-settings.ts'

// Six hours (REVALIDATE_FALLBACK_SECONDS, lib/cache-tags.ts): webhooks revalidate on publish; this only covers a missed one.
export const revalidate = 21600

export async function GET(): Promise<Response> {
  const [stories, site] = await Promise.all([loadQuery(feedQuery, { limit: FEED_SIZE }), getSiteMeta()])
  return new Response(buildRssFeed(site, stories), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  })
}
