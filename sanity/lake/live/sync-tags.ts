// Sync tags (`syncTags` of query results, `tags` of live events): one tag per index key a query depended on
// (query/query-reads.ts), per visibility. A write announces the tags of every key its documents hold before
// and after it, so a result's tags change whenever a document that could change the result changes.
import { createHash } from 'node:crypto'
import type { LakeDocument } from '../query/document-index.ts'
import { referencedIds, shallowRefs, slugOf, typeOf } from '../query/document-keys.ts'
import type { Perspective } from '../query/perspective.ts'
import type { ReadIndex, ReadSummary } from '../query/query-reads.ts'
import { isPublicDocumentId, publishedIdOf } from '../store/names.ts'
import type { DocumentChange } from '../store/transaction-record.ts'

export type SyncTag = `s1:${string}`

/**
 * Who may hear of a write to a document: `public` root ids (anonymous readers), `private` other sub-path ids
 * (signed-in readers of the published perspective), `draft` drafts and release versions (includeDrafts).
 */
export type Visibility = 'public' | 'private' | 'draft'

type TagKey = ReadIndex | 'all'

export function visibilityOf(id: string): Visibility {
  if (isPublicDocumentId(id)) return 'public'
  return id.startsWith('drafts.') || id.startsWith('versions.') ? 'draft' : 'private'
}

/** What a reader can see: anonymous -> public; signed in -> private too; drafts/raw or includeDrafts -> all. */
export function visibleTo(signedIn: boolean, includeDrafts: boolean): readonly Visibility[] {
  if (!signedIn) return ['public']
  return includeDrafts ? ['public', 'private', 'draft'] : ['public', 'private']
}

export function syncTag(dataset: string, visibility: Visibility, index: TagKey, key: string): SyncTag {
  const digest = createHash('sha256').update(`${dataset}\u0000${visibility}\u0000${index}\u0000${key}`)
  return `s1:${digest.digest('base64url').slice(0, 12)}`
}

/** The tags of a query result read under `perspective` by a signed-in reader or not. */
export function queryTags(
  dataset: string,
  reads: ReadSummary,
  signedIn: boolean,
  perspective: Perspective,
): SyncTag[] {
  const visibilities = visibleTo(signedIn, perspective !== 'published')
  const tags: SyncTag[] = []
  for (const visibility of visibilities) {
    if (reads.everything) tags.push(syncTag(dataset, visibility, 'all', ''))
    else for (const { index, key } of reads.keys) tags.push(syncTag(dataset, visibility, index, key))
  }
  return tags
}

/** The tags a committed change to one document announces, and to whom. */
export function changeTags(
  dataset: string,
  change: DocumentChange,
): { visibility: Visibility; tags: Set<SyncTag> } {
  const visibility = visibilityOf(change.id)
  const tags = new Set<SyncTag>()
  const add = (index: TagKey, key: string) => tags.add(syncTag(dataset, visibility, index, key))
  add('all', '')
  add('id', change.id)
  // Under the drafts perspective a draft is read under its published id.
  add('id', publishedIdOf(change.id))
  for (const state of [change.before, change.after]) if (state) addDocumentKeys(state, add)
  return { visibility, tags }
}

function addDocumentKeys(doc: LakeDocument, add: (index: TagKey, key: string) => void): void {
  const type = typeOf(doc)
  if (type !== undefined) add('type', type)
  const slug = slugOf(doc)
  if (slug !== undefined) add('slug', slug)
  for (const id of referencedIds(doc)) add('references', id)
  for (const id of shallowRefs(doc)) add('shallowRef', id)
}
