// The client `<SanityLive />` hands to the browser. With hosted Sanity the browser connects to Sanity's Live
// Content API itself. The embedded lake listens on loopback, which a reader's browser cannot be assumed to
// reach, so there the browser's API host is the site itself (LIVE_PROXY_PATH), whose route handler relays the
// lake's anonymous event stream (lib/live/live-proxy.ts). No token ever goes to the browser.
import { createClient, type SanityClient } from '@sanity/client'
import { API_VERSION, type SanityEnv } from '../env.ts'

/** Where the site relays `/v{version}/data/live/events/{dataset}` from the lake. */
export const LIVE_PROXY_PATH = '/api/live'

export function liveBrowserClient(env: SanityEnv): SanityClient {
  if (env.backend === 'hosted') {
    return createClient({
      projectId: env.projectId,
      dataset: env.dataset,
      apiVersion: API_VERSION,
      useCdn: true,
    })
  }
  return createClient({
    projectId: env.projectId,
    dataset: env.dataset,
    apiHost: `${env.siteUrl}${LIVE_PROXY_PATH}`,
    useProjectHostname: false,
    useCdn: false,
    apiVersion: API_VERSION,
  })
}
