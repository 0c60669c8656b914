// The revalidation route's edge purge: with VARNISH_PURGE_URL set (e.g. http://127.0.0.1:6081/, the Varnish
// in front of the site), each publish's tags are purged there; unset, there is no edge cache to purge.
import { purgeSurrogateKeys } from './varnish-purge.ts'

export type Schedule = (task: () => Promise<void>) => void

export function edgePurger(
  purgeUrl: string | undefined,
  schedule: Schedule,
  log: (line: string) => void,
): ((tags: readonly string[]) => void) | undefined {
  const url = purgeUrl?.trim()
  if (!url) return undefined
  return (tags) => {
    if (tags.length === 0) return
    schedule(async () => {
      try {
        await purgeSurrogateKeys(url, tags)
      } catch (error) {
        // The edge keeps the old page until its s-maxage runs out (EDGE_FRESH_SECONDS): slower, not wrong.
        log(
          `revalidate: the edge cache purge failed (${error instanceof Error ? error.message : String(error)})`,
        )
      }
    })
  }
}
