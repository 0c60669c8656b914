// Which actions a writer may run. Contributors work on drafts and versions; making content public or
// taking it down (publish, unpublish, delete) needs an editor or administrator, as in Sanity's roles.
import { ActionError } from './action-error.ts'
import type { ActionType, ParsedAction } from './parse-actions.ts'

const PUBLISHING_ACTIONS: ReadonlySet<ActionType> = new Set(['publish', 'unpublish', 'delete'])

export interface ActionGrants {
  /** May change what is published: publish, unpublish, delete. */
  mayPublish: boolean
}

export function assertPermitted(actions: readonly ParsedAction[], grants: ActionGrants): void {
  if (grants.mayPublish) return
  actions.forEach((action, index) => {
    const permission = action.type === 'extension' ? action.actionType : action.type
    const needsPublish =
      action.type === 'extension' ? action.requiresPublish : PUBLISHING_ACTIONS.has(action.type)
    if (needsPublish) {
      throw new ActionError(403, index, {
        type: 'insufficientPermissionsError',
        permission,
        description: `Insufficient permissions; permission "${permission}" required`,
      })
    }
  })
}
