// Where the sign-in page may send the browser back to: the Studio passes its own URL as `origin`.
// Only http(s) URLs: never `javascript:`, `data:` or other schemes a redirect could be abused with.

/** The parsed return URL, or undefined when `origin` is missing or not an http(s) URL. */
export function parseReturnUrl(origin: string | null | undefined): URL | undefined {
  if (!origin) return undefined
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  if (url.username !== '' || url.password !== '') return undefined
  return url
}

/** The Studio reads `#sid=` from the hash (never the query, which could land in access logs). */
export function returnUrlWithSessionId(returnUrl: URL, sessionId: string): string {
  const url = new URL(returnUrl)
  url.hash = `sid=${sessionId}`
  return url.toString()
}
