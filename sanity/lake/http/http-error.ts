// Errors the HTTP layer turns into responses. Bodies follow Sanity's shapes so @sanity/client reads them.

export type ErrorBody = Record<string, unknown>

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
}

export class HttpError extends Error {
  readonly statusCode: number
  readonly body: ErrorBody
  readonly headers: Record<string, string>

  constructor(statusCode: number, body: ErrorBody, headers: Record<string, string> = {}) {
    super(typeof body.message === 'string' ? body.message : `HTTP ${statusCode}`)
    this.name = 'HttpError'
    this.statusCode = statusCode
    this.body = body
    this.headers = headers
  }
}

/** The common body: `{error: 'Not Found', message, statusCode: 404}`. */
export function httpError(statusCode: number, message: string, headers?: Record<string, string>): HttpError {
  return new HttpError(
    statusCode,
    { error: STATUS_TEXT[statusCode] ?? 'Error', message, statusCode },
    headers,
  )
}

export const badRequest = (message: string): HttpError => httpError(400, message)
export const unauthorized = (message: string): HttpError => httpError(401, message)
export const notFound = (message: string): HttpError => httpError(404, message)

export function methodNotAllowed(allowed: readonly string[]): HttpError {
  return httpError(405, `Method not allowed; use ${allowed.join(', ')}`, { allow: allowed.join(', ') })
}

export function datasetNotFound(dataset: string): HttpError {
  return notFound(`Dataset "${dataset}" not found for project ID "local"`)
}
