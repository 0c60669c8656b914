// The release document as Sanity models it (`system.release`, see @sanity/client's ReleaseDocument), the
// metadata a client may set, and the one rule for times: an ISO instant with an offset, stored in UTC.
import { z } from 'zod'
import type { LakeDocument } from '../query/document-index.ts'

export const RELEASE_STATES = [
  'active',
  'scheduled',
  'scheduling',
  'publishing',
  'published',
  'archiving',
  'archived',
  'unarchiving',
] as const
export type ReleaseState = (typeof RELEASE_STATES)[number]

/**
 * An instant with an explicit zone (`Z` or `±hh:mm`), so a time typed in `Europe/London` means one
 * instant whatever the server's zone or the season. Stored as `toISOString()` (UTC, milliseconds).
 */
export const utcInstant = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone (Z or ±hh:mm)' })
  .transform((value) => new Date(value).toISOString())

export const releaseMetadata = z.looseObject({
  title: z.string().max(1024).optional(),
  description: z.string().max(10_000).optional(),
  releaseType: z.enum(['asap', 'scheduled', 'undecided']).default('undecided'),
  intendedPublishAt: utcInstant.optional(),
  cardinality: z.enum(['many', 'one']).optional(),
})
export type ReleaseMetadata = z.infer<typeof releaseMetadata>

/** What the lake reads back from a stored release document. */
const storedRelease = z.looseObject({
  _id: z.string(),
  _type: z.string(),
  name: z.string(),
  state: z.enum(RELEASE_STATES),
  publishAt: z.string().optional(),
  metadata: z.looseObject({}).optional(),
})
export type StoredRelease = z.infer<typeof storedRelease>

export function readRelease(document: LakeDocument | undefined): StoredRelease | undefined {
  if (!document) return undefined
  const parsed = storedRelease.safeParse(document)
  return parsed.success ? parsed.data : undefined
}
