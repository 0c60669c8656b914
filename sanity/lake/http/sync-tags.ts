// Sync tags for query responses (`syncTags`), which the Live Content API later names in its events.
// One tag per dataset: coarse (any write invalidates every query of the dataset) but never stale.
import { createHash } from 'node:crypto'

export function datasetSyncTag(dataset: string): string {
  return `s1:${createHash('sha256').update(`dataset:${dataset}`).digest('base64url').slice(0, 12)}`
}
