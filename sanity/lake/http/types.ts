// The shapes every route module works with. Plain (req, res) so node:http and http2 compat both fit.
import type { IncomingHttpHeaders } from 'node:http'
import type { Readable, Writable } from 'node:stream'
import type { QueryPool } from '../query-pool/query-pool.ts'
import type { LakeStore } from '../store/lake-store.ts'
import type { StudioOrigins } from '../users/allowed-origins.ts'
import type { UserDirectory } from '../users/user-directory.ts'
import type { Identity, TokenVerifier } from './auth.ts'
import type { ListenLimits } from './listen-streams.ts'

/** What node:http's IncomingMessage and http2's Http2ServerRequest have in common. */
export type LakeHttpRequest = Readable & {
  readonly headers: IncomingHttpHeaders
  readonly method?: string | undefined
  readonly url?: string | undefined
}

/** What node:http's ServerResponse and http2's Http2ServerResponse have in common. */
export type LakeResponse = Writable & {
  statusCode: number
  readonly headersSent: boolean
  setHeader(name: string, value: number | string | readonly string[]): unknown
  getHeader(name: string): number | string | string[] | undefined
}

/** What the server shares with every route. */
export interface LakeContext {
  store: LakeStore
  verifyToken: TokenVerifier
  log: (line: string) => void
  /** Users and tokens (profiles for users/me and project members); absent: only the root user exists. */
  users?: UserDirectory
  /** Origins that may sign in and read cross-origin; absent: DEFAULT_STUDIO_ORIGINS. */
  studioOrigins?: StudioOrigins
  /** Where `data/query` evaluates (worker threads with a deadline); absent: on the calling thread. */
  queries?: QueryPool
  /** Caps on listen streams and their unsent bytes; absent: DEFAULT_LISTEN_LIMITS. */
  listenLimits?: Partial<ListenLimits>
}

/** One matched request, handed to a route. */
export interface LakeRequest {
  req: LakeHttpRequest
  res: LakeResponse
  url: URL
  method: string
  /** `:name` and `*name` captures of the route's path, URI-decoded. */
  params: Record<string, string>
  /** "1", "X" or "YYYY-MM-DD" for versioned routes; undefined for root routes. */
  apiVersion: string | undefined
  identity: Identity
  lake: LakeContext
}

/**
 * One endpoint family. `path` is matched segment by segment: `data/query/:dataset` (one segment per `:name`,
 * `*name` takes the rest). Versioned routes live under `/v{apiVersion}/`; the others (health, image
 * files) are matched from the root.
 */
export interface Route {
  path: string
  versioned: boolean
  methods: readonly string[]
  handle(request: LakeRequest): void | Promise<void>
}
