// Every query result is validated: a document that does not match its schema fails loudly here,
// naming the query and the path, instead of rendering undefined somewhere in a component.
import type { QueryParams, SanityClient } from '@sanity/client'
import type { z } from 'zod'

export class QueryResultError extends Error {
  readonly queryName: string
  readonly issues: z.core.$ZodIssue[]

  constructor(queryName: string, issues: z.core.$ZodIssue[]) {
    const first = issues[0]
    const where = first ? first.path.map(String).join('.') || '(root)' : '(root)'
    super(`Query "${queryName}" returned data that does not match its schema at ${where}: ${first?.message}`)
    this.name = 'QueryResultError'
    this.queryName = queryName
    this.issues = issues
  }
}

export interface TypedQuery<Schema extends z.ZodType> {
  name: string
  query: string
  schema: Schema
}

export async function fetchQuery<Schema extends z.ZodType>(
  client: SanityClient,
  typed: TypedQuery<Schema>,
  params: QueryParams = {},
): Promise<z.output<Schema>> {
  const raw: unknown = await client.fetch(typed.query, params, { perspective: 'published' })
  const parsed = typed.schema.safeParse(raw)
  if (!parsed.success) throw new QueryResultError(typed.name, parsed.error.issues)
  return parsed.data
}
