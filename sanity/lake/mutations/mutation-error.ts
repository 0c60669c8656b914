// Failures of a transaction, shaped like Sanity's `mutationError` bodies so @sanity/client formats them.

export interface MutationErrorItem {
  type: string
  description: string
  [detail: string]: unknown
}

export class MutationError extends Error {
  readonly statusCode: number
  /** The index of the failing mutation in the request. */
  readonly index: number
  readonly item: MutationErrorItem

  constructor(statusCode: number, index: number, item: MutationErrorItem) {
    super(item.description)
    this.name = 'MutationError'
    this.statusCode = statusCode
    this.index = index
    this.item = item
  }

  /** The response body: `{error: {type: 'mutationError', description, items: [{index, error}]}}`. */
  toBody(): {
    error: {
      type: 'mutationError'
      description: string
      items: { index: number; error: MutationErrorItem }[]
    }
  } {
    return {
      error: {
        type: 'mutationError',
        description: `Mutation failed: ${this.item.description}`,
        items: [{ index: this.index, error: this.item }],
      },
    }
  }
}

export function invalidMutation(index: number, description: string): MutationError {
  return new MutationError(400, index, { type: 'validationError', description })
}
