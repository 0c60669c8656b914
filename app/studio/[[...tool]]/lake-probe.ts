// Can this browser reach the lake the way the Studio will? The Studio calls `https://<projectId>.<apiHost>`;
// when that fails but the same port answers plain HTTP, the lake runs and only its CA is not trusted yet.
export type LakeReachability = 'reachable' | 'untrusted' | 'down'

export interface LakeHealthUrls {
  /** What the Studio will call (with the project id in front of the host). */
  studio: string
  /** The same lake over plain HTTP, asked only to tell "not trusted" from "not running". */
  plain: string | undefined
}

const PROBE_TIMEOUT_MS = 5000

export function lakeHealthUrls(apiHost: string, projectId: string): LakeHealthUrls {
  const studio = new URL(apiHost)
  studio.hostname = `${projectId}.${studio.hostname}`
  studio.pathname = '/health'
  if (studio.protocol !== 'https:') return { studio: studio.toString(), plain: undefined }
  const plain = new URL(studio)
  plain.protocol = 'http:'
  return { studio: studio.toString(), plain: plain.toString() }
}

async function answers(url: string, fetcher: typeof fetch): Promise<boolean> {
  try {
    const response = await fetcher(url, { cache: 'no-store', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })
    return response.ok
  } catch {
    return false
  }
}

export async function probeLake(
  urls: LakeHealthUrls,
  fetcher: typeof fetch = fetch,
): Promise<LakeReachability> {
  if (await answers(urls.studio, fetcher)) return 'reachable'
  if (urls.plain !== undefined && (await answers(urls.plain, fetcher))) return 'untrusted'
  return 'down'
}
