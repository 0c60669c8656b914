// The Actions API with the release family plugged in. A release that fails to publish because of stale
// versions gets the reason recorded on its document (state back to active if it was scheduled), in a
// transaction of its own after the failed one wrote nothing.
import {
  type ActionsOutcome,
  type ExecuteActionsOptions,
  executeActions,
} from '../actions/execute-actions.ts'
import { executeMutations } from '../mutations/execute-mutations.ts'
import type { LakeStore } from '../store/lake-store.ts'
import { ReleaseConflictError } from './publish-release.ts'
import { releaseActions } from './release-actions.ts'
import { releaseContextFor } from './release-context.ts'
import { readRelease } from './release-document.ts'
import { releaseDocumentId } from './release-names.ts'
import type { ReleaseContext } from './release-plans.ts'

export const RELEASES_AUTHOR = 'lake-releases'

export function executeActionsWithReleases(
  store: LakeStore,
  dataset: string,
  rawActions: unknown,
  options: ExecuteActionsOptions & { scheduledRun?: ReleaseContext['scheduledRun'] },
): ActionsOutcome {
  const extension = releaseActions(releaseContextFor(store, dataset, options.scheduledRun))
  try {
    return executeActions(store, dataset, rawActions, { ...options, extensions: [extension] })
  } catch (error) {
    if (error instanceof ReleaseConflictError && !options.dryRun) {
      recordReleaseFailure(store, dataset, error.releaseName, error.item.description)
    }
    throw error
  }
}

/** Puts `error: {message}` on the release; a scheduled release goes back to active (nothing will retry it). */
export function recordReleaseFailure(store: LakeStore, dataset: string, name: string, message: string): void {
  const id = releaseDocumentId(name)
  const release = readRelease(store.getDocument(dataset, id))
  if (!release) return
  const scheduled = release.state === 'scheduled'
  executeMutations(
    store,
    dataset,
    [
      {
        patch: {
          id,
          set: { error: { message }, ...(scheduled ? { state: 'active' } : {}) },
          ...(scheduled ? { unset: ['publishAt'] } : {}),
        },
      },
    ],
    { author: RELEASES_AUTHOR },
  )
}
