// The client draft mode reads with: the server-only preview token (a Viewer: drafts, no writes), and stega
// so Presentation can draw click-to-edit overlays. Never used outside draft mode, never sent to a browser.
import type { SanityClient, StegaConfig } from '@sanity/client'
import { createSanityClient } from '../client.ts'
import { getEnv, type SanityEnv } from '../env.ts'

/** The embedded Studio's path (sanity/config/studioConfig.ts STUDIO_BASE_PATH), where edit links open. */
export const STUDIO_URL = '/studio'

/**
 * Result keys the site compares with fixed values (zod enums): invisible stega characters would fail them.
 * `_type`, slugs, dates and URLs are already skipped by the client's default filter.
 */
const UNENCODED_KEYS = new Set(['kind', 'medium'])

export const DRAFT_STEGA: StegaConfig = {
  enabled: true,
  studioUrl: STUDIO_URL,
  filter: (props) => {
    const key = props.resultPath.at(-1)
    if (typeof key === 'string' && UNENCODED_KEYS.has(key)) return false
    return props.filterDefault(props)
  },
}

/** Undefined when no preview token is configured: draft mode stays off then. */
export function createDraftClient(env: SanityEnv): SanityClient | undefined {
  if (!env.previewToken) return undefined
  return createSanityClient(env, { token: env.previewToken }).withConfig({ stega: DRAFT_STEGA })
}

let shared: SanityClient | undefined

/** The process's one draft client for the environment's settings (pages and the draft bar share it). */
export function draftClient(): SanityClient | undefined {
  shared ??= createDraftClient(getEnv())
  return shared
}
