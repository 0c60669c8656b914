// Errors from the lake's inner layers, turned into Sanity-shaped HTTP errors.
import { ActionError } from '../actions/action-error.ts'
import { MutationError } from '../mutations/mutation-error.ts'
import { GroqQueryError } from '../query/run-query.ts'
import { QueryBudgetError, QueryExecutionFailure } from '../query-pool/query-budget-error.ts'
import { StoreError } from '../store/lake-store.ts'
import { HttpError, httpError } from './http-error.ts'

/** Returns undefined for errors nobody expected (those become a logged 500). */
export function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error
  if (error instanceof MutationError) return new HttpError(error.statusCode, error.toBody())
  if (error instanceof ActionError) return new HttpError(error.statusCode, error.toBody())
  if (error instanceof GroqQueryError) return queryParseError(error)
  if (error instanceof StoreError) {
    return httpError(error.code === 'invalidDataset' ? 400 : 409, error.message)
  }
  return undefined
}

/** `{error: {type: 'queryParseError', description, query, start, end}}`, which @sanity/client renders as a code frame. */
export function queryParseError(error: GroqQueryError): HttpError {
  return new HttpError(400, {
    error: {
      type: 'queryParseError',
      description: error.description,
      query: error.query,
      start: error.start,
      end: error.end,
    },
  })
}

/** A query that parsed but failed while running, on the client's input: still a 400, never a 500. */
export function queryExecutionError(query: string, error: unknown): HttpError {
  return new HttpError(400, {
    error: {
      type: 'queryExecutionError',
      description: error instanceof Error ? error.message : String(error),
      query,
    },
  })
}

/**
 * What a query that went through the worker pool failed with: its parse error, the budget it ran out of
 * (Sanity's shape with that status), or an execution error (400, logged with the worker's detail).
 */
export function pooledQueryError(query: string, error: unknown, log: (line: string) => void): HttpError {
  if (error instanceof GroqQueryError) return queryParseError(error)
  if (error instanceof QueryBudgetError) {
    return new HttpError(error.statusCode, {
      error: { type: error.type, description: error.description, query },
      message: error.description,
      statusCode: error.statusCode,
    })
  }
  const detail = error instanceof QueryExecutionFailure ? error.detail : undefined
  log(
    `lake: query failed: ${detail ?? (error instanceof Error ? (error.stack ?? error.message) : String(error))}`,
  )
  return queryExecutionError(query, error)
}
