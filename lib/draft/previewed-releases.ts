// Which releases draft mode is previewing, by title, so the draft bar can say "release X" rather than
// "drafts" when Presentation's perspective picker has chosen a release: the editor checking an embargoed
// review must know they are looking at what the release will publish, not at today's drafts.
import type { ClientPerspective, SanityClient } from '@sanity/client'
import { RELEASE_DOCUMENT_PREFIX, releaseTitlesQuery } from '../queries/releases.ts'
import { draftClient } from './draft-client.ts'
import { draftPerspective } from './draft-mode.ts'

/** The release names in a perspective stack (`['r1', 'drafts']` -> `['r1']`); none for `drafts` or `published`. */
export function releaseNamesOf(perspective: ClientPerspective): string[] {
  if (!Array.isArray(perspective)) return []
  return perspective.filter((name) => name !== 'drafts' && name !== 'published')
}

/** Titles in the stack's order; a release without a title (or not found) is shown by its name. */
export async function releaseTitles(client: SanityClient, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return []
  const ids = names.map((name) => `${RELEASE_DOCUMENT_PREFIX}${name}`)
  // Raw and without stega: release documents are system documents, and the bar is not click-to-edit.
  const raw: unknown = await client.fetch(
    releaseTitlesQuery.query,
    { ids },
    { perspective: 'raw', stega: false },
  )
  const rows = releaseTitlesQuery.schema.parse(raw)
  return names.map((name, index) => rows.find((row) => row._id === ids[index])?.title || name)
}

/**
 * The bar is a label, so a failed read (a token that may not read releases, the lake away) shows the release
 * names instead of failing the page.
 */
export async function releaseTitlesOrNames(
  client: SanityClient,
  names: readonly string[],
): Promise<string[]> {
  try {
    return await releaseTitles(client, names)
  } catch (error) {
    console.warn(`draft bar: release titles unavailable (${error instanceof Error ? error.message : error})`)
    return [...names]
  }
}

/** For a request already known to be in draft mode: the titles of the releases it previews, if any. */
export async function previewedReleaseTitles(): Promise<string[]> {
  const names = releaseNamesOf(await draftPerspective())
  if (names.length === 0) return []
  const client = draftClient()
  return client ? releaseTitlesOrNames(client, names) : names
}
