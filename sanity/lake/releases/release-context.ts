// What release actions learn from the transaction log: the published revision a version was branched
// from (for publish conflicts) and the versions an archive deleted (for unarchive).
import { patchState } from '../history/document-states.ts'
import type { LakeDocument } from '../query/document-index.ts'
import type { LakeStore } from '../store/lake-store.ts'
import { publishedIdOf } from '../store/names.ts'
import { versionPrefix } from './release-names.ts'
import type { ReleaseContext } from './release-plans.ts'

export function releaseContextFor(
  store: LakeStore,
  dataset: string,
  scheduledRun?: ReleaseContext['scheduledRun'],
): ReleaseContext {
  return {
    index: store.index(dataset),
    baseRevisionOf: (versionId) => baseRevisionOf(store, dataset, versionId),
    archivedVersions: (transactionId, name) => archivedVersions(store, dataset, transactionId, name),
    scheduledRun,
  }
}

/**
 * The published document's revision right after the transaction that last created `versionId` (null when
 * it was not published then). A version made from the published document, or from scratch, is "based" there.
 */
export function baseRevisionOf(store: LakeStore, dataset: string, versionId: string): string | null {
  const publishedId = publishedIdOf(versionId)
  const rows = store.log.groupRevisions(dataset, publishedId)
  const created = rows.findLast(
    (row) => row.documentId === versionId && row.beforeRev === null && row.afterRev !== null,
  )
  if (!created) return null
  const published = rows.findLast((row) => row.documentId === publishedId && row.seq <= created.seq)
  return published?.afterRev ?? null
}

function archivedVersions(
  store: LakeStore,
  dataset: string,
  transactionId: string,
  name: string,
): LakeDocument[] {
  const seq = store.log.seqOf(dataset, transactionId)
  if (seq === undefined) return []
  const [entry] = store.log.entries(dataset, { fromSeq: seq, toSeq: seq, limit: 1 })
  const prefix = versionPrefix(name)
  const restored: LakeDocument[] = []
  for (const [id, effect] of Object.entries(entry?.effects ?? {})) {
    if (!id.startsWith(prefix) || effect.afterRev !== null) continue
    const before = patchState(null, effect.revert)
    if (before) restored.push({ ...before, _id: id })
  }
  return restored
}
