// Which cache tags (lib/cache-tags.ts) a page's response depends on, derived from its URL alone, so the edge
// cache can be purged by exactly the tags the revalidation webhook revalidates. The proxy (proxy.ts) runs
// before Next answers from its own ISR cache, when nothing of the render is known yet, hence the route
// table here: it mirrors what each page's fetches are tagged with (lib/queries/*: `tags` and `subject`).
//
// A story page also reads its related list under `doc:<story id>`; the id is not in the URL, but a change
// that revalidates a story's doc tag always revalidates its `story:<slug>` too (tagsForChange), so the
// page's keys need not carry it.
import { docTag, FEED_TAG, listTag, type PageKind, pageTag, SEARCH_TAG, SITEMAP_TAG } from '../cache-tags.ts'

/** Every reader page renders the site frame: settings and the section navigation (siteSettingsQuery). */
const FRAME_KEYS = [docTag('siteSettings'), listTag('section')]

/** First path segments that are not sections (app routes beside `app/(site)/[section]`). */
const NOT_SECTIONS = new Set([
  'films',
  'people',
  'authors',
  'tags',
  'search',
  'studio',
  'api',
  'images',
  '_next',
])

/**
 * Keys are sent in headers (space- or comma-separated), so a key is visible ASCII without commas; a slug
 * that cannot be written that way makes its page uncacheable at the edge rather than unpurgeable.
 */
const HEADER_SAFE_KEY = /^[!-+\--~]+$/

export type SurrogateKeys =
  /** A page whose content comes from tagged fetches: cache it at the edge under these keys. */
  | { kind: 'keyed'; keys: string[] }
  /** Not a content page this table knows (assets, the Studio, API routes): leave its headers to Next. */
  | { kind: 'unknown' }
  /** A content page whose keys cannot be written in a header: never cache it at the edge. */
  | { kind: 'unrepresentable' }

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

function keyed(keys: readonly string[], frame = true): SurrogateKeys {
  const all = [...new Set(frame ? [...keys, ...FRAME_KEYS] : keys)].sort()
  return all.every((key) => HEADER_SAFE_KEY.test(key))
    ? { kind: 'keyed', keys: all }
    : { kind: 'unrepresentable' }
}

/** The files the sitemap index lists (app/sitemaps/sitemap.ts); all of them read under the one sitemap tag. */
const SITEMAP_FILE = /^\/sitemaps\/sitemap\/[a-z]+-\d+\.xml$/

const SLUG_PAGES: Readonly<Record<string, (slug: string) => string[]>> = {
  films: (slug) => [pageTag('film', slug), listTag('story')],
  people: (slug) => [pageTag('person', slug), listTag('film'), listTag('story')],
  authors: (slug) => [pageTag('author', slug), listTag('story')],
  tags: (slug) => [pageTag('tag', slug), listTag('story')],
}

/** The edge-cache keys of the response at `pathname` (the URL's path, still percent-encoded). */
export function surrogateKeysForPath(pathname: string): SurrogateKeys {
  if (pathname === '/') return keyed([listTag('story')])
  if (pathname === '/feed.xml') return keyed([FEED_TAG, docTag('siteSettings')], false)
  if (pathname === '/sitemap.xml' || SITEMAP_FILE.test(pathname)) return keyed([SITEMAP_TAG], false)
  const raw = pathname.replace(/\/$/, '').split('/').slice(1)
  const segments = raw.map(decodeSegment)
  if (segments.some((segment) => segment === undefined || segment === '')) return { kind: 'unknown' }
  const [first = '', second, third, ...rest] = segments.filter((segment) => segment !== undefined)
  if (rest.length > 0 || first.includes('.')) return { kind: 'unknown' }
  if (first === 'search' && second === undefined) return keyed([SEARCH_TAG])
  if (first === 'films' && second === undefined) return keyed([listTag('film')])
  const slugPage = SLUG_PAGES[first]
  if (slugPage)
    return second !== undefined && third === undefined ? keyed(slugPage(second)) : { kind: 'unknown' }
  if (NOT_SECTIONS.has(first)) return { kind: 'unknown' }
  if (second === undefined) return keyed([pageTag('section', first), listTag('story')])
  const story = (kind: PageKind, slug: string) => [pageTag(kind, slug), listTag('story')]
  if (third === undefined) return keyed(story('story', second))
  // The story's share card (opengraph-image, with or without Next's hash suffix) shows only the story.
  if (third.startsWith('opengraph-image')) return keyed([pageTag('story', second)], false)
  return { kind: 'unknown' }
}

/** Fastly and Varnish (xkey): space-separated keys in `Surrogate-Key`. */
export function surrogateKeyHeader(keys: readonly string[]): string {
  return keys.join(' ')
}

/** Cloudflare: comma-separated tags in `Cache-Tag`. */
export function cacheTagHeader(keys: readonly string[]): string {
  return keys.join(',')
}
