// Where draft mode may send the browser after it is switched on or off: a path on this site, never another
// host. `//evil.test`, `/\evil.test` (browsers read `\` as `/`), `/.//evil.test` (normalised to `//evil.test`),
// absolute URLs and anything with control characters (URL parsers drop tabs and newlines) are refused.

/** Longest path accepted; a preview path is a page's pathname and query. */
const MAX_PATH_LENGTH = 2048
const PROBE_ORIGIN = 'http://site.invalid'

/** The normalised same-site path (`/reviews/dune?x=1#top`), or undefined when `raw` could leave the site. */
export function safeRedirectPath(raw: string): string | undefined {
  if (raw.length === 0 || raw.length > MAX_PATH_LENGTH) return undefined
  if (!raw.startsWith('/') || raw.startsWith('//')) return undefined
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here.
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return undefined
  let url: URL
  try {
    url = new URL(raw, PROBE_ORIGIN)
  } catch {
    return undefined
  }
  if (url.origin !== PROBE_ORIGIN || url.pathname.startsWith('//')) return undefined
  return `${url.pathname}${url.search}${url.hash}`
}
