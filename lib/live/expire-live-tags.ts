'use client'
// `<SanityLive />`'s action, run in the browser: hands the event's tags to the site's route handler, which
// expires them (app/api/live/expire), then `<SanityLive />` refreshes the page. A client function rather than
// a server action: Next 16 intermittently never commits the router update of a server action that
// revalidates (vercel/next.js#98303), which left open pages stale after their second live update.
import { LIVE_EXPIRE_PATH, liveCacheTagsFrom } from './live-tags.ts'

export async function expireLiveTags(unsafeTags: unknown): Promise<'refresh' | undefined> {
  const tags = liveCacheTagsFrom(unsafeTags)
  if (tags.length === 0) return undefined
  const response = await fetch(LIVE_EXPIRE_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tags }),
  })
  return response.ok ? 'refresh' : undefined
}
