// What the reader site's live-updates client (components/live/IdleSanityLive.tsx, next-sanity's client
// `<SanityLive />`) connects with: the browser client's settings, as next-sanity's server `<SanityLive />`
// (defineLive) would hand them over. Anonymous, published content only: no token reaches the browser. The
// server's fetches stay in lib/fetch.ts, which tags them with the sync tags the live events name.
// The layout renders the client directly rather than defineLive's server component so that it can start
// once the page is idle: wrapping the server component's output in a client gate left router.refresh()
// after a live event uncommitted (tests/e2e/live.test.ts).
import { getEnv } from '../env.ts'
import { liveBrowserClient } from './live-client.ts'

const SANITY_API_HOST = 'https://api.sanity.io'

export interface ReaderLiveConfig {
  projectId: string | undefined
  dataset: string | undefined
  apiVersion: string
  apiHost: string | undefined
  useProjectHostname: boolean | undefined
  requestTagPrefix: string | undefined
}

export function readerLiveConfig(): ReaderLiveConfig {
  const { projectId, dataset, apiVersion, apiHost, useProjectHostname, requestTagPrefix } = liveBrowserClient(
    getEnv(),
  ).config()
  return {
    projectId,
    dataset,
    apiVersion,
    // As defineLive: only what differs from the defaults.
    apiHost: apiHost === SANITY_API_HOST ? undefined : apiHost,
    useProjectHostname: useProjectHostname ? undefined : useProjectHostname,
    requestTagPrefix,
  }
}
