// Rich-text links are allow-listed: only these schemes become <a href>. Anything else (javascript:,
// data:, vbscript:, relative paths smuggled in by paste) renders as plain text.
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

// Browsers ignore control characters inside a scheme ("java\tscript:"), so a link holding any is refused.
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

/** The href to render, or undefined when the link must not become a link. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined
  const trimmed = href.trim()
  if (trimmed === '' || hasControlCharacter(trimmed)) return undefined
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return undefined
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? trimmed : undefined
}

/** True for links that leave the site (opened with rel="noopener noreferrer"). */
export function isExternalHref(href: string): boolean {
  return href.startsWith('http://') || href.startsWith('https://')
}
