// What the Embargoes view reads: releases that will publish at a time, soonest first, with their documents.
// Release documents and versions are not published ids, so the query runs on the raw perspective.
import { z } from 'zod'

export const EMBARGOES_QUERY = /* groq */ `*[_type == "system.release" && _id in path("_.releases.*")
  && (state == "scheduled" || (state == "active" && metadata.releaseType == "scheduled" && defined(metadata.intendedPublishAt)))
]{
  name,
  state,
  "title": metadata.title,
  "publishAt": coalesce(publishAt, metadata.intendedPublishAt),
  "documents": *[sanity::partOfRelease(^.name)]{
    _id,
    _type,
    "title": coalesce(headline, title, name),
    publishedAt,
    "unpublishes": _system.delete == true
  }
} | order(publishAt asc)`

/** Releases and versions change this view; anything else does not. */
export const EMBARGOES_LISTEN_QUERY = /* groq */ `*[_id in path("_.releases.*") || _id in path("versions.**")]`

const embargoDocument = z.object({
  _id: z.string(),
  _type: z.string(),
  title: z.string().nullable().optional(),
  publishedAt: z.string().nullable().optional(),
  unpublishes: z.boolean().nullable().optional(),
})

const embargo = z.object({
  name: z.string(),
  state: z.enum(['scheduled', 'active']),
  title: z.string().nullable().optional(),
  publishAt: z.string(),
  documents: z.array(embargoDocument),
})

export const embargoesSchema = z.array(embargo)

export type Embargo = z.output<typeof embargo>
export type EmbargoDocument = z.output<typeof embargoDocument>

/** The published id of `versions.<release>.<id>`. */
export function publishedIdOfVersion(id: string): string {
  const match = /^versions\.[^.]+\.(.+)$/.exec(id)
  return match?.[1] ?? id
}

/** Types the site lists by their `publishedAt` (lib/queries/fragments.ts: publishedStoryFilter). */
const DATED_TYPES = new Set(['review', 'article'])

/**
 * A story's `publishedAt` is the date readers see, and the site lists no story without one. A release publish
 * copies each version as it is, so under an embargo the date must already be the embargo time.
 */
export function dateProblem(document: EmbargoDocument, publishAt: string): 'missing' | 'differs' | undefined {
  if (!DATED_TYPES.has(document._type) || document.unpublishes) return undefined
  if (!document.publishedAt) return 'missing'
  return Date.parse(document.publishedAt) === Date.parse(publishAt) ? undefined : 'differs'
}
