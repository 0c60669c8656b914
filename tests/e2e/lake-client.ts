// The e2e setup's lake through the real @sanity/client, signed in with its root token: what the browser tests
// use to write content and watch the site follow.
import type { SanityClient } from '@sanity/client'
import { inject } from 'vitest'
import { clientFor } from '#tests/integration/lake/lake-fixture.ts'

export function lakeClient(): SanityClient {
  return clientFor(inject('lakeUrl'), inject('lakeToken'))
}
