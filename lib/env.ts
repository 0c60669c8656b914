// Where the site's content comes from, parsed once from the environment.
// Default: Marquee's embedded Content Lake on this machine. Hosted Sanity when a project id is set.
import { z } from 'zod'

export const LOCAL_PROJECT_ID = 'local'
export const DEFAULT_LAKE_PORT = 4000
export const API_VERSION = '2025-02-19'

const optional = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional()

const rawSchema = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: optional,
  NEXT_PUBLIC_SANITY_DATASET: optional,
  SANITY_API_READ_TOKEN: optional,
  SANITY_PREVIEW_TOKEN: optional,
  LAKE_URL: optional,
  LAKE_PORT: optional,
  NEXT_PUBLIC_SITE_URL: optional,
})

const projectIdPattern = /^[a-z0-9-]+$/
const datasetPattern = /^[a-z0-9][a-z0-9_-]{0,63}$/

/** `previewToken`: server-only, for draft mode (reads drafts): SANITY_PREVIEW_TOKEN, else SANITY_API_READ_TOKEN. */
export type SanityEnv =
  | {
      backend: 'lake'
      projectId: string
      dataset: string
      apiHost: string
      token?: string
      previewToken?: string
      siteUrl: string
    }
  | {
      backend: 'hosted'
      projectId: string
      dataset: string
      token?: string
      previewToken?: string
      siteUrl: string
    }

export class EnvError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid environment: ${variable} ${problem}`)
    this.name = 'EnvError'
  }
}

function parseUrl(variable: string, value: string): string {
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme')
    return url.origin
  } catch {
    throw new EnvError(variable, `must be an http(s) URL, got "${value}"`)
  }
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new EnvError('LAKE_PORT', `must be a port number (1-65535), got "${value}"`)
  }
  return port
}

/** Reads the environment; throws an EnvError naming the variable when the configuration is wrong or partial. */
export function parseEnv(source: Record<string, string | undefined>): SanityEnv {
  const raw = rawSchema.parse({
    NEXT_PUBLIC_SANITY_PROJECT_ID: source.NEXT_PUBLIC_SANITY_PROJECT_ID,
    NEXT_PUBLIC_SANITY_DATASET: source.NEXT_PUBLIC_SANITY_DATASET,
    SANITY_API_READ_TOKEN: source.SANITY_API_READ_TOKEN,
    SANITY_PREVIEW_TOKEN: source.SANITY_PREVIEW_TOKEN,
    LAKE_URL: source.LAKE_URL,
    LAKE_PORT: source.LAKE_PORT,
    NEXT_PUBLIC_SITE_URL: source.NEXT_PUBLIC_SITE_URL,
  })
  const siteUrl = raw.NEXT_PUBLIC_SITE_URL
    ? parseUrl('NEXT_PUBLIC_SITE_URL', raw.NEXT_PUBLIC_SITE_URL)
    : 'http://localhost:3000'
  const dataset = raw.NEXT_PUBLIC_SANITY_DATASET ?? 'production'
  const previewToken = raw.SANITY_PREVIEW_TOKEN ?? raw.SANITY_API_READ_TOKEN
  if (!datasetPattern.test(dataset)) {
    throw new EnvError(
      'NEXT_PUBLIC_SANITY_DATASET',
      `must be a dataset name like "production", got "${dataset}"`,
    )
  }

  const projectId = raw.NEXT_PUBLIC_SANITY_PROJECT_ID
  if (projectId && projectId !== LOCAL_PROJECT_ID) {
    if (!projectIdPattern.test(projectId)) {
      throw new EnvError(
        'NEXT_PUBLIC_SANITY_PROJECT_ID',
        `must be a Sanity project id (a-z, 0-9, -), got "${projectId}"`,
      )
    }
    if (!raw.NEXT_PUBLIC_SANITY_DATASET) {
      throw new EnvError(
        'NEXT_PUBLIC_SANITY_DATASET',
        'must be set when NEXT_PUBLIC_SANITY_PROJECT_ID is set',
      )
    }
    if (raw.LAKE_URL) {
      throw new EnvError(
        'LAKE_URL',
        'must not be set together with NEXT_PUBLIC_SANITY_PROJECT_ID (hosted Sanity)',
      )
    }
    return { backend: 'hosted', projectId, dataset, token: raw.SANITY_API_READ_TOKEN, previewToken, siteUrl }
  }

  const apiHost = raw.LAKE_URL
    ? parseUrl('LAKE_URL', raw.LAKE_URL)
    : `http://127.0.0.1:${raw.LAKE_PORT ? parsePort(raw.LAKE_PORT) : DEFAULT_LAKE_PORT}`
  return {
    backend: 'lake',
    projectId: LOCAL_PROJECT_ID,
    dataset,
    apiHost,
    token: raw.SANITY_API_READ_TOKEN,
    previewToken,
    siteUrl,
  }
}

let cached: SanityEnv | undefined

/** The process environment, parsed on first use. */
export function getEnv(): SanityEnv {
  cached ??= parseEnv(process.env)
  return cached
}
