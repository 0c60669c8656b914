// The lake CLI's environment variables, checked once with clear messages.
import { normalizeOrigin, parseOriginList } from '../users/allowed-origins.ts'

export interface LakeEnvironment {
  port?: number
  host?: string
  dataDir: string
  token?: string
  /** Studio origins allowed to sign in and use CORS (see studioOrigins below). */
  corsOrigins?: string[]
  /** LAKE_AUTO_TRUST: 1 trusts the CA on start, 0 never; unset: only when started from a terminal. */
  autoTrust?: boolean
}

export const DEFAULT_DATA_DIR = '.lake-data'

export class LakeConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LakeConfigError'
  }
}

export function lakeEnvironment(source: Record<string, string | undefined> = process.env): LakeEnvironment {
  const rawPort = source.LAKE_PORT?.trim()
  let port: number | undefined
  if (rawPort) {
    port = Number(rawPort)
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new LakeConfigError(`LAKE_PORT must be a port number (0-65535), got "${rawPort}"`)
    }
  }
  const rawAutoTrust = source.LAKE_AUTO_TRUST?.trim()
  if (rawAutoTrust && rawAutoTrust !== '0' && rawAutoTrust !== '1') {
    throw new LakeConfigError(`LAKE_AUTO_TRUST must be 0 or 1, got "${rawAutoTrust}"`)
  }
  return {
    autoTrust: rawAutoTrust ? rawAutoTrust === '1' : undefined,
    port,
    host: source.LAKE_HOST?.trim() || undefined,
    dataDir: source.LAKE_DATA_DIR?.trim() || DEFAULT_DATA_DIR,
    token: source.LAKE_TOKEN?.trim() || undefined,
    corsOrigins: studioOrigins(source),
  }
}

/**
 * LAKE_CORS_ORIGINS (comma-separated origins) when set; otherwise the site's own origin, where the
 * Studio lives at /studio: NEXT_PUBLIC_SITE_URL's origin, else http://localhost:$PORT (3000).
 */
export function studioOrigins(source: Record<string, string | undefined>): string[] {
  const explicit = source.LAKE_CORS_ORIGINS?.trim()
  if (explicit) {
    const origins = parseOriginList(explicit)
    for (const origin of origins) {
      if (!normalizeOrigin(origin)) {
        throw new LakeConfigError(
          `LAKE_CORS_ORIGINS must list origins like http://localhost:3000 (comma-separated), got "${origin}"`,
        )
      }
    }
    return origins
  }
  const siteUrl = source.NEXT_PUBLIC_SITE_URL?.trim()
  if (siteUrl) {
    try {
      return [new URL(siteUrl).origin]
    } catch {
      throw new LakeConfigError(`NEXT_PUBLIC_SITE_URL must be a URL, got "${siteUrl}"`)
    }
  }
  return [`http://localhost:${source.PORT?.trim() || '3000'}`]
}
