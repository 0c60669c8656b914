// Purges the edge cache by surrogate key after a publish: one `PURGE` request to Varnish with the keys in an
// `xkey-purge` header (deploy/varnish/marquee.vcl accepts it from this machine only). The keys are the cache
// tags the revalidation webhook revalidated, which are the keys pages carry (surrogate-keys.ts).
import { surrogateKeyHeader } from './surrogate-keys.ts'

/** A header line stays well under Varnish's default 8 KB limit per header (http_req_hdr_len). */
const MAX_KEYS_HEADER_BYTES = 4096
const PURGE_TIMEOUT_MS = 5_000

export interface PurgeResult {
  /** How many cached objects Varnish dropped. */
  purged: number
}

/** Splits keys into header-sized batches. */
export function purgeBatches(keys: readonly string[]): string[] {
  const batches: string[] = []
  let current: string[] = []
  for (const key of keys) {
    const next = [...current, key]
    if (current.length > 0 && surrogateKeyHeader(next).length > MAX_KEYS_HEADER_BYTES) {
      batches.push(surrogateKeyHeader(current))
      current = [key]
    } else {
      current = next
    }
  }
  if (current.length > 0) batches.push(surrogateKeyHeader(current))
  return batches
}

/** Sends the purge; throws when Varnish does not answer 200 (the caller logs: the cache then heals by TTL). */
export async function purgeSurrogateKeys(
  purgeUrl: string,
  keys: readonly string[],
  send: typeof fetch = fetch,
): Promise<PurgeResult> {
  let purged = 0
  for (const batch of purgeBatches(keys)) {
    const response = await send(purgeUrl, {
      method: 'PURGE',
      headers: { 'xkey-purge': batch },
      signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
    })
    const text = await response.text()
    if (response.status !== 200)
      throw new Error(`Varnish answered ${response.status} to PURGE: ${text.slice(0, 200)}`)
    const count = /"purged":\s*(\d+)/.exec(text)?.[1]
    purged += count ? Number(count) : 0
  }
  return { purged }
}
