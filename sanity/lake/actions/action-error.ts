// Failures of an actions request, shaped like Sanity's `actionError` bodies (the twin of `mutationError`),
// which @sanity/client turns into a message listing each item's description.
import type { MutationError, MutationErrorItem } from '../mutations/mutation-error.ts'

export type ActionErrorItem = MutationErrorItem

export class ActionError extends Error {
  readonly statusCode: number
  /** The index of the failing action in the request. */
  readonly index: number
  readonly item: ActionErrorItem

  constructor(statusCode: number, index: number, item: ActionErrorItem) {
    super(item.description)
    this.name = 'ActionError'
    this.statusCode = statusCode
    this.index = index
    this.item = item
  }

  /** A failure of the mutations an action stands for is the action's failure. */
  static fromMutationError(index: number, error: MutationError): ActionError {
    return new ActionError(error.statusCode, index, error.item)
  }

  /**
   * The response body: `{error: {type: 'actionError', description, items: [{index, error}]}}`. A permission
   * failure names itself at the top (`type: 'insufficientPermissionsError'`): the Studio's release buttons
   * dry-run their action and read only `error.type` to tell "not allowed" from any other failure.
   */
  toBody(): {
    error: {
      type: 'actionError' | 'insufficientPermissionsError'
      description: string
      items: { index: number; error: ActionErrorItem }[]
    }
  } {
    return {
      error: {
        type:
          this.item.type === 'insufficientPermissionsError' ? 'insufficientPermissionsError' : 'actionError',
        description: `Action failed: ${this.item.description}`,
        items: [{ index: this.index, error: this.item }],
      },
    }
  }
}

export function invalidAction(index: number, description: string): ActionError {
  return new ActionError(400, index, { type: 'validationError', description })
}

export function documentNotFound(index: number, id: string, description: string): ActionError {
  return new ActionError(404, index, { type: 'documentNotFoundError', id, description })
}

export function documentExists(index: number, id: string, description: string): ActionError {
  return new ActionError(409, index, { type: 'documentAlreadyExistsError', id, description })
}

/** An optimistic lock (`if…RevisionId`) that no longer holds. */
export function revisionMismatch(
  index: number,
  id: string,
  current: string | undefined,
  expected: string,
): ActionError {
  return new ActionError(409, index, {
    type: 'documentRevisionIDDoesNotMatchError',
    id,
    currentRevisionID: current ?? null,
    expectedRevisionID: expected,
    description: current
      ? `Document "${id}" has unexpected revision ID ("${current}"), expected "${expected}"`
      : `Document "${id}" does not exist, expected revision "${expected}"`,
  })
}
