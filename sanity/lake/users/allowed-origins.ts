// Which Studio origins may use the lake from a browser: receive a sign-in (the `#sid=` redirect) and read
// responses cross-origin (CORS). Exact origins only: a page on any other origin, including another app on
// another localhost port, must not be able to collect a token. A loopback origin also admits its other
// loopback spellings on the same scheme and port (localhost, 127.0.0.1, [::1]): the same server.

/** The site (and its Studio at /studio) as `npm run dev` serves it. */
export const DEFAULT_STUDIO_ORIGINS: readonly string[] = ['http://localhost:3000']

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]']

export class InvalidOriginError extends Error {
  constructor(value: string) {
    super(`"${value}" is not an http(s) origin like http://localhost:3000 (no path, query or credentials)`)
    this.name = 'InvalidOriginError'
  }
}

/** `scheme://host[:port]` of an http(s) URL given as a bare origin, or undefined. */
export function normalizeOrigin(value: string): string | undefined {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return undefined
  if (url.pathname !== '/') return undefined
  return url.origin
}

/** Comma-separated origins (LAKE_CORS_ORIGINS); empty entries are skipped. */
export function parseOriginList(raw: string): string[] {
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
}

export class StudioOrigins {
  readonly #configured: readonly string[]
  readonly #allowed: ReadonlySet<string>

  /** Throws InvalidOriginError for an entry that is not a bare http(s) origin. */
  constructor(origins: readonly string[]) {
    const configured = origins.map((origin) => {
      const normalized = normalizeOrigin(origin)
      if (!normalized) throw new InvalidOriginError(origin)
      return normalized
    })
    this.#configured = [...new Set(configured)]
    this.#allowed = new Set(this.#configured.flatMap(withLoopbackAliases))
  }

  /** `origin` as a browser sends it (the Origin header) or the origin of a return URL. */
  allows(origin: string | undefined): boolean {
    if (origin === undefined || origin === '' || origin === 'null') return false
    const normalized = normalizeOrigin(origin)
    return normalized !== undefined && this.#allowed.has(normalized)
  }

  /** As configured (without the loopback aliases), for messages. */
  list(): readonly string[] {
    return this.#configured
  }
}

function withLoopbackAliases(origin: string): string[] {
  const url = new URL(origin)
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return [origin]
  const port = url.port === '' ? '' : `:${url.port}`
  return LOOPBACK_HOSTS.map((host) => `${url.protocol}//${host}${port}`)
}
