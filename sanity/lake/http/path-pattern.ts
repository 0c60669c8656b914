// Matching `data/doc/:dataset/:ids` style patterns against path segments.

export function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '')
}

/** Returns the captures when `segments` match `pattern`, else undefined. Captures are URI-decoded. */
export function matchPath(pattern: string, segments: readonly string[]): Record<string, string> | undefined {
  const parts = splitPath(pattern)
  const params: Record<string, string> = {}
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] ?? ''
    if (part.startsWith('*')) {
      const rest = segments.slice(index)
      if (rest.length === 0) return undefined
      params[part.slice(1)] = rest.map(safeDecode).join('/')
      return params
    }
    const segment = segments[index]
    if (segment === undefined) return undefined
    if (part.startsWith(':')) params[part.slice(1)] = safeDecode(segment)
    else if (part !== segment) return undefined
  }
  return parts.length === segments.length ? params : undefined
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
