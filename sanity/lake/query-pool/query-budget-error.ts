// Why the pool refused or cut off a query, with the status and error type the HTTP layer answers with.

export type QueryBudgetType = 'queryTimeout' | 'queryMemoryLimit' | 'queryResultTooLarge' | 'queryQueueFull'

export class QueryBudgetError extends Error {
  readonly type: QueryBudgetType
  readonly statusCode: number
  readonly description: string

  constructor(type: QueryBudgetType, statusCode: number, description: string) {
    super(description)
    this.name = 'QueryBudgetError'
    this.type = type
    this.statusCode = statusCode
    this.description = description
  }
}

/** A query that parsed but failed in groq-js: the client's 400, with the worker's stack kept for the log. */
export class QueryExecutionFailure extends Error {
  readonly detail: string

  constructor(description: string, detail: string) {
    super(description)
    this.name = 'QueryExecutionFailure'
    this.detail = detail
  }
}
