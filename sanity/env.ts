// Where the Studio (in the browser) sends its requests. Same switch as lib/env.ts: the embedded lake by
// default, hosted Sanity when NEXT_PUBLIC_SANITY_PROJECT_ID is set. Only NEXT_PUBLIC_ variables: this runs
// in the browser, so it never sees a token.

export const LOCAL_PROJECT_ID = 'local'
export const DEFAULT_DATASET = 'production'
/**
 * The Studio puts the project id in front of the API host ('https://localhost:4000' becomes
 * 'https://local.localhost:4000'); browsers send *.localhost to loopback, so use localhost, not 127.0.0.1.
 * HTTPS because browsers only speak HTTP/2 over TLS, and over HTTP/1.1 the Studio's listen streams use up the
 * six connections a browser allows per host. The lake serves TLS and plain HTTP on the same port.
 */
export const DEFAULT_STUDIO_LAKE_URL = 'https://localhost:4000'

export type StudioEnv =
  | { backend: 'lake'; projectId: string; dataset: string; apiHost: string }
  | { backend: 'hosted'; projectId: string; dataset: string }

export interface StudioEnvSource {
  NEXT_PUBLIC_SANITY_PROJECT_ID?: string
  NEXT_PUBLIC_SANITY_DATASET?: string
  NEXT_PUBLIC_LAKE_URL?: string
}

export class StudioEnvError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid Studio environment: ${variable} ${problem}`)
    this.name = 'StudioEnvError'
  }
}

const projectIdPattern = /^[a-z0-9-]+$/
const datasetPattern = /^[a-z0-9][a-z0-9_-]{0,63}$/

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed === '' ? undefined : trimmed
}

function parseLakeUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new StudioEnvError('NEXT_PUBLIC_LAKE_URL', `must be an http(s) URL, got "${value}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new StudioEnvError('NEXT_PUBLIC_LAKE_URL', `must be an http(s) URL, got "${value}"`)
  }
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(url.hostname) || url.hostname.startsWith('[')) {
    // 'local.127.0.0.1' is not a host a browser can reach.
    throw new StudioEnvError(
      'NEXT_PUBLIC_LAKE_URL',
      `must use a host name (e.g. localhost), not an IP address, got "${value}"`,
    )
  }
  return url.origin
}

export function parseStudioEnv(source: StudioEnvSource): StudioEnv {
  const dataset = present(source.NEXT_PUBLIC_SANITY_DATASET) ?? DEFAULT_DATASET
  if (!datasetPattern.test(dataset)) {
    throw new StudioEnvError('NEXT_PUBLIC_SANITY_DATASET', `must be a dataset name, got "${dataset}"`)
  }
  const projectId = present(source.NEXT_PUBLIC_SANITY_PROJECT_ID)
  if (projectId && projectId !== LOCAL_PROJECT_ID) {
    if (!projectIdPattern.test(projectId)) {
      throw new StudioEnvError(
        'NEXT_PUBLIC_SANITY_PROJECT_ID',
        `must be a Sanity project id, got "${projectId}"`,
      )
    }
    return { backend: 'hosted', projectId, dataset }
  }
  const lakeUrl = present(source.NEXT_PUBLIC_LAKE_URL)
  return {
    backend: 'lake',
    projectId: LOCAL_PROJECT_ID,
    dataset,
    apiHost: lakeUrl ? parseLakeUrl(lakeUrl) : DEFAULT_STUDIO_LAKE_URL,
  }
}

/** Next.js inlines NEXT_PUBLIC_ variables only where they are written out in full, hence the literal reads. */
export function readStudioEnv(): StudioEnv {
  return parseStudioEnv({
    NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
    NEXT_PUBLIC_LAKE_URL: process.env.NEXT_PUBLIC_LAKE_URL,
  })
}
