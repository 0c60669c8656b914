// The one @sanity/client for the site. The same code talks to the embedded lake or hosted Sanity.
import { createClient, type SanityClient } from '@sanity/client'
import { API_VERSION, type SanityEnv } from './env.ts'

export function createSanityClient(env: SanityEnv, options: { token?: string } = {}): SanityClient {
  const token = options.token ?? env.token
  if (env.backend === 'lake') {
    return createClient({
      projectId: env.projectId,
      dataset: env.dataset,
      apiHost: env.apiHost,
      useProjectHostname: false,
      useCdn: false,
      apiVersion: API_VERSION,
      token,
    })
  }
  return createClient({
    projectId: env.projectId,
    dataset: env.dataset,
    useCdn: !token,
    apiVersion: API_VERSION,
    token,
  })
}
