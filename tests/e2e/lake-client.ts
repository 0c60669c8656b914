// The e2e setup's lake through the real @sanity/client, signed in with its root token: what the browser tests
// use to write content and watch the site follow.
import { createClient, type SanityClient } from '@sanity/client'
import { inject } from 'vitest'

export function lakeClient(): SanityClient {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: inject('lakeUrl'),
    useProjectHostname: false,
    useCdn: false,
    apiVersion: '2025-02-19',
    token: inject('lakeToken'),
  })
}
