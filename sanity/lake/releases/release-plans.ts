// What each release action means in mutations, decided against the state the earlier actions of the
// transaction left. The release document records the state machine (active -> scheduled -> published,
// active -> archived -> active, archived/published -> deleted); publishing is in publish-release.ts.
import { ActionError, documentExists, documentNotFound } from '../actions/action-error.ts'
import type { ReadDocument } from '../actions/plan-actions.ts'
import type { ParsedMutation, PatchOperations } from '../mutations/parse-mutations.ts'
import type { DocumentIndex, LakeDocument } from '../query/document-index.ts'
import { planPublish } from './publish-release.ts'
import {
  type ReleaseMetadata,
  type ReleaseState,
  readRelease,
  type StoredRelease,
} from './release-document.ts'
import { deleteId, patch, versionIdsOf } from './release-mutations.ts'
import { RELEASE_DOCUMENT_TYPE, releaseDocumentId } from './release-names.ts'

export type ReleaseOperation =
  | { verb: 'create'; name: string; metadata: ReleaseMetadata }
  | { verb: 'edit'; name: string; patch: Pick<PatchOperations, 'set' | 'setIfMissing' | 'unset'> }
  | { verb: 'schedule'; name: string; publishAt: string }
  | { verb: 'publish' | 'archive' | 'unarchive' | 'unschedule' | 'delete'; name: string }

/** What release actions need besides the documents: set up per request by the caller. */
export interface ReleaseContext {
  /** The dataset's committed documents; versions of a release are found here, then read through the transaction. */
  index: DocumentIndex | undefined
  /** The revision the published document had when this version was created; null when there was none. */
  baseRevisionOf(versionId: string): string | null
  /** The versions an archive transaction deleted, as they were just before it. */
  archivedVersions(archiveTransactionId: string, name: string): LakeDocument[]
  /** Set when the scheduler publishes a due release: when it was due, recorded with the lateness. */
  scheduledRun?: { dueAt: string }
}

export interface PlanContext extends ReleaseContext {
  read: ReadDocument
  now: string
}

export function planReleaseOperation(
  operation: ReleaseOperation,
  context: PlanContext,
  index: number,
): ParsedMutation[] {
  const id = releaseDocumentId(operation.name)
  if (operation.verb === 'create') {
    if (context.read(id)) throw documentExists(index, id, `Release "${operation.name}" already exists`)
    const document = {
      _id: id,
      _type: RELEASE_DOCUMENT_TYPE,
      name: operation.name,
      state: 'active',
      metadata: operation.metadata,
    }
    return [{ kind: 'create', document }]
  }
  const release = existingRelease(context.read, operation.name, index)
  const expect = (states: readonly ReleaseState[], verb: string): void => {
    if (!states.includes(release.state)) throw stateConflict(index, release, verb, states)
  }
  switch (operation.verb) {
    case 'edit':
      expect(['active', 'scheduled'], 'edit')
      return [patch(id, operation.patch)]
    case 'schedule':
      expect(['active'], 'schedule')
      // @sanity/client: "If the publishAt is in the past, the release will be published immediately."
      if (operation.publishAt <= context.now) return planPublish(release, context, index)
      return [patch(id, { set: { state: 'scheduled', publishAt: operation.publishAt }, unset: ['error'] })]
    case 'unschedule':
      expect(['scheduled'], 'unschedule')
      return [patch(id, { set: { state: 'active' }, unset: ['publishAt'] })]
    case 'publish':
      expect(['active', 'scheduled'], 'publish')
      return planPublish(release, context, index)
    case 'archive': {
      expect(['active'], 'archive')
      const versions = versionIdsOf(context, operation.name)
      return [
        ...versions.map((versionId) => deleteId(versionId)),
        patch(id, { set: { state: 'archived' }, unset: ['error'] }),
      ]
    }
    case 'unarchive': {
      expect(['archived'], 'unarchive')
      // The archive transaction is the release's last revision (an archived release cannot be edited).
      const restored =
        typeof release._rev === 'string' ? context.archivedVersions(release._rev, operation.name) : []
      return [
        ...restored
          .filter((version) => !context.read(version._id))
          .map((document): ParsedMutation => ({ kind: 'create', document })),
        patch(id, { set: { state: 'active' } }),
      ]
    }
    case 'delete':
      expect(['archived', 'published'], 'delete')
      return [deleteId(id)]
  }
}

function existingRelease(read: ReadDocument, name: string, index: number): StoredRelease {
  const id = releaseDocumentId(name)
  const document = read(id)
  if (!document) throw documentNotFound(index, id, `Release "${name}" does not exist`)
  const release = readRelease(document)
  if (!release) {
    throw new ActionError(409, index, {
      type: 'validationError',
      id,
      description: `"${id}" is not a valid release document`,
    })
  }
  return release
}

function stateConflict(
  index: number,
  release: StoredRelease,
  verb: string,
  states: readonly ReleaseState[],
): ActionError {
  return new ActionError(409, index, {
    type: 'releaseStateError',
    id: release._id,
    state: release.state,
    description: `Cannot ${verb} release "${release.name}" while it is ${release.state} (it must be ${states.join(' or ')})`,
  })
}
