/**
 * A query the lake refuses: a syntax error, an unknown function, a bad or missing parameter. Carries the span
 * of the offending text so the HTTP layer can answer like Sanity (`{error: {type: 'queryParseError',
 * description, start, end, query}}`, status 400).
 */
export class GroqQueryError extends Error {
  readonly start: number
  readonly end: number
  readonly query: string
  readonly description: string

  constructor(description: string, query: string, start = 0, end = query.length) {
    super(description)
    this.name = 'GroqQueryError'
    this.description = description
    this.query = query
    this.start = start
    this.end = Math.max(start, end)
  }
}
