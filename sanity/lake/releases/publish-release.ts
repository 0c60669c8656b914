// Publishing a release: every version `versions.<release>.<id>` becomes the published `<id>` (or deletes
// it, for a version marked `_system.delete`), the versions go, and the release records what it published,
// all as one transaction. Each version must still sit on the published revision it was made from: if
// someone changed the published document since, nothing is published and the release says why.
import { ActionError } from '../actions/action-error.ts'
import type { JsonObject, ParsedMutation } from '../mutations/parse-mutations.ts'
import type { LakeDocument } from '../query/document-index.ts'
import type { StoredRelease } from './release-document.ts'
import { deleteId, patch, versionIdsOf } from './release-mutations.ts'
import { publishedIdOfVersion } from './release-names.ts'
import type { PlanContext } from './release-plans.ts'

export const RELEASE_CONFLICT_ERROR = 'releasePublishConflictError'

/** A release that could not publish because versions are stale; the caller records `message` on the release. */
export class ReleaseConflictError extends ActionError {
  readonly releaseName: string
  constructor(index: number, releaseName: string, description: string, conflicts: Conflict[]) {
    super(409, index, {
      type: RELEASE_CONFLICT_ERROR,
      id: `_.releases.${releaseName}`,
      description,
      conflicts,
    })
    this.releaseName = releaseName
  }
}

interface Conflict {
  id: string
  /** The published revision the version was made from (null: the document was not published then). */
  baseRevision: string | null
  currentRevision: string | null
}

export function planPublish(release: StoredRelease, context: PlanContext, index: number): ParsedMutation[] {
  const versions: { version: LakeDocument; publishedId: string }[] = []
  for (const versionId of versionIdsOf(context, release.name)) {
    const version = context.read(versionId)
    const publishedId = publishedIdOfVersion(versionId, release.name)
    if (version && publishedId !== undefined) versions.push({ version, publishedId })
  }
  const conflicts: Conflict[] = []
  for (const { version, publishedId } of versions) {
    const baseRevision = context.baseRevisionOf(version._id)
    const currentRevision = context.read(publishedId)?._rev ?? null
    if (baseRevision !== currentRevision) conflicts.push({ id: publishedId, baseRevision, currentRevision })
  }
  if (conflicts.length > 0) {
    throw new ReleaseConflictError(index, release.name, conflictMessage(release.name, conflicts), conflicts)
  }

  const mutations: ParsedMutation[] = []
  for (const { version, publishedId } of versions) {
    const published = context.read(publishedId)
    if (isUnpublishMarker(version)) {
      if (published) mutations.push(deleteId(publishedId))
    } else {
      const { _system: _marker, ...content } = version
      const document: JsonObject & { _id: string; _type: string } = { ...content, _id: publishedId }
      // As for a draft: the published document keeps its `_createdAt`, or takes the version's on first publish.
      const createdAt = published?._createdAt ?? version._createdAt
      if (createdAt !== undefined) document._createdAt = createdAt
      mutations.push({ kind: 'createOrReplace', document })
    }
    mutations.push(deleteId(version._id))
  }
  const set: JsonObject = {
    state: 'published',
    publishedAt: context.now,
    finalDocumentStates: versions.map(({ publishedId }) => ({ id: publishedId })),
  }
  const dueAt = context.scheduledRun?.dueAt
  if (dueAt !== undefined) {
    const lateByMs = Date.parse(context.now) - Date.parse(dueAt)
    // Lateness the lake noticed (it was down, or busy): kept on the release for the editor to see.
    if (lateByMs >= 1000) set.publishedLate = { publishAt: dueAt, lateBySeconds: Math.round(lateByMs / 1000) }
  }
  mutations.push(patch(release._id, { set, unset: ['error'] }))
  return mutations
}

function isUnpublishMarker(version: LakeDocument): boolean {
  const system = version._system
  return typeof system === 'object' && system !== null && 'delete' in system && system.delete === true
}

function conflictMessage(name: string, conflicts: readonly Conflict[]): string {
  const list = conflicts
    .map(({ id, baseRevision, currentRevision }) => {
      const was = baseRevision === null ? 'not published' : `at revision ${baseRevision}`
      const now =
        currentRevision === null ? 'is no longer published' : `is now at revision ${currentRevision}`
      return `"${id}" (was ${was} when its version was made, ${now})`
    })
    .join(', ')
  return `Release "${name}" was not published: ${conflicts.length} of its documents changed since their versions were made: ${list}. Nothing was published; update or recreate those versions and publish again.`
}
