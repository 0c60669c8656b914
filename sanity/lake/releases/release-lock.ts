// A scheduled release is locked, as on hosted Sanity: none of its versions may be created, changed or
// deleted until it is unscheduled, so what goes live at the embargo is what an editor scheduled (a
// contributor cannot slip a change into it). The release's own actions in the same request are exempt.
import { MutationError } from '../mutations/mutation-error.ts'
import type { DocumentIndex } from '../query/document-index.ts'
import type { DocumentChange } from '../store/transaction-record.ts'
import { readRelease } from './release-document.ts'
import { releaseDocumentId } from './release-names.ts'

const VERSIONS_PREFIX = 'versions.'

export interface LockedVersion {
  id: string
  release: string
  description: string
}

/** The first change that touches a version of a scheduled release (by the committed state), if any. */
export function lockedVersionIn(
  index: DocumentIndex | undefined,
  changes: readonly DocumentChange[],
  exempt: ReadonlySet<string> = new Set(),
): LockedVersion | undefined {
  for (const { id } of changes) {
    if (!id.startsWith(VERSIONS_PREFIX)) continue
    const dot = id.indexOf('.', VERSIONS_PREFIX.length)
    if (dot === -1) continue
    const release = id.slice(VERSIONS_PREFIX.length, dot)
    if (exempt.has(release)) continue
    const state = readRelease(index?.get(releaseDocumentId(release)))?.state
    if (state === 'scheduled') {
      return {
        id,
        release,
        description: `"${id}" belongs to release "${release}", which is scheduled and locked; unschedule it to change its documents`,
      }
    }
  }
  return undefined
}

/** The lock for the mutate endpoint: a 409 `releaseLockedError` in the mutation error shape. */
export function releaseLockForMutations(
  index: DocumentIndex | undefined,
): (changes: readonly DocumentChange[]) => void {
  return (changes) => {
    const locked = lockedVersionIn(index, changes)
    if (locked) {
      throw new MutationError(409, 0, {
        type: 'releaseLockedError',
        id: locked.id,
        description: locked.description,
      })
    }
  }
}
