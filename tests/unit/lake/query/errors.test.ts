import { describe, expect, test } from 'vitest'
import { DocumentIndex } from '#sanity/lake/query/document-index.ts'
import { GroqQueryError, runQuery } from '#sanity/lake/query/run-query.ts'

const index = new DocumentIndex([{ _id: 'a', _type: 'film', slug: { current: 'a' } }])

function queryError(query: string, params: Record<string, unknown> = {}): GroqQueryError {
  try {
    runQuery(index, query, params, { perspective: 'raw' })
  } catch (error) {
    if (error instanceof GroqQueryError) return error
    throw error
  }
  throw new Error(`expected ${query} to fail`)
}

describe('query errors', () => {
  test('syntax errors carry the position groq-js reports', () => {
    const error = queryError('*[_type == "film"]{title')
    expect(error.start).toBe(23)
    expect(error.end).toBeGreaterThanOrEqual(error.start)
    expect(error.query).toBe('*[_type == "film"]{title')
    expect(error.description).toMatch(/end of query/i)
    expect(queryError('*[_type == ]').start).toBe(10)
  })

  test('a parameter the query uses but the caller omits is an error pointing at it', () => {
    const error = queryError('*[_type == "film" && slug.current == $slug]')
    expect(error.description).toBe('param $slug referenced, but not provided')
    expect([error.start, error.end]).toEqual([37, 42])
  })

  test('a $ inside a string literal is not a parameter reference', () => {
    const error = queryError('*[title == "$slug" || slug.current == $slug]')
    expect(error.start).toBe(38)
  })

  test('parameter names must be identifiers', () => {
    expect(queryError('*', { 'not-an-identifier': 1 }).description).toMatch(/invalid parameter name/)
  })

  test('provided parameters are used, unused ones are fine', () => {
    expect(
      runQuery(index, '*[slug.current == $slug]._id', { slug: 'a', extra: 1 }, { perspective: 'raw' }),
    ).toEqual(['a'])
  })

  test('functions groq-js cannot evaluate are query errors, not crashes', () => {
    expect(queryError('*[text::query("film")]').description).toMatch(/not implemented/)
  })
})
