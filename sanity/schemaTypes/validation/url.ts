// URL allow-lists. Links in rich text may only use safe schemes; video embeds only YouTube or Vimeo over https.

export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const
export const VIDEO_HOSTS = [
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtu.be',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
  'vimeo.com',
  'www.vimeo.com',
  'player.vimeo.com',
] as const

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return list.some((item) => item === value)
}

/** Links: absolute URLs with http, https, mailto or tel (no javascript:, data:, relative paths). */
export function validateLinkHref(value: unknown): true | string {
  if (value === undefined || value === null) return true
  if (typeof value !== 'string') return 'Link must be a URL'
  const url = parseUrl(value.trim())
  if (!url) return 'Link must be a full URL, e.g. https://example.com'
  const scheme = url.protocol.replace(/:$/, '')
  if (!isOneOf(LINK_SCHEMES, scheme))
    return `Links may only use ${LINK_SCHEMES.join(', ')} (got "${scheme}:")`
  return true
}

/** Trailers and video embeds: https URLs on YouTube or Vimeo. */
export function validateVideoUrl(value: unknown): true | string {
  if (value === undefined || value === null) return true
  if (typeof value !== 'string') return 'Video must be a URL'
  const url = parseUrl(value.trim())
  if (!url) return 'Video must be a full URL, e.g. https://www.youtube.com/watch?v=…'
  if (url.protocol !== 'https:') return 'Video URLs must use https'
  if (!isOneOf(VIDEO_HOSTS, url.hostname.toLowerCase())) return 'Video must be on YouTube or Vimeo'
  return true
}

/** Navigation: a site path ('/reviews', not '//evil.example') or an absolute http(s) URL. */
export function validateNavHref(value: unknown): true | string {
  if (value === undefined || value === null) return true
  if (typeof value !== 'string' || value.trim() === '') return 'Link must be a path or URL'
  if (value.startsWith('/')) {
    return value.startsWith('//') || value.includes('\\') ? 'A site path must start with a single /' : true
  }
  const url = parseUrl(value)
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return "Link must be a site path like '/reviews' or an http(s) URL"
  }
  return true
}
