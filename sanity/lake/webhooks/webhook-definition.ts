// What a webhook is (Sanity's GROQ-powered document webhook, minus what the lake has no use for),
// parsed with zod so the CLI, the HTTP API and the stored rows share one set of rules.
import { parse } from 'groq-js'
import { z } from 'zod'
import { isValidDatasetName } from '../store/names.ts'

export const OPERATIONS = ['create', 'update', 'delete'] as const
export type Operation = (typeof OPERATIONS)[number]

export const HTTP_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE', 'GET'] as const

/** Sanity's webhook API version for delta GROQ; stored for the record, the lake evaluates one GROQ dialect. */
export const DEFAULT_WEBHOOK_API_VERSION = 'v2021-03-25'

function groqProblem(source: string): string | undefined {
  try {
    parse(source, { mode: 'delta' })
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

const groq = z
  .string()
  .trim()
  .max(16 * 1024)
  .superRefine((source, context) => {
    if (source === '') return
    const problem = groqProblem(source)
    if (problem) context.addIssue({ code: 'custom', message: `is not valid GROQ: ${problem}` })
  })

const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

export const webhookDefinitionSchema = z.object({
  name: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/,
      'must be 1-100 letters, digits, _ . - (starting with a letter or digit)',
    ),
  dataset: z.string().refine(isValidDatasetName, 'must be a dataset name'),
  url: z
    .string()
    .trim()
    .refine((value) => {
      try {
        const url = new URL(value)
        return (
          (url.protocol === 'http:' || url.protocol === 'https:') &&
          url.username === '' &&
          url.password === ''
        )
      } catch {
        return false
      }
    }, 'must be an http(s) URL without credentials'),
  httpMethod: z.enum(HTTP_METHODS).default('POST'),
  apiVersion: z
    .string()
    .regex(/^v\d{4}-\d{2}-\d{2}$/, 'must look like v2021-03-25')
    .default(DEFAULT_WEBHOOK_API_VERSION),
  /** Empty means every document. */
  filter: groq.default(''),
  /** Empty means the whole document (after the change; before it for a delete). */
  projection: groq.default(''),
  operations: z
    .array(z.enum(OPERATIONS))
    .min(1)
    .transform((list) => [...new Set(list)])
    .default([...OPERATIONS]),
  includeDrafts: z.boolean().default(false),
  headers: z
    .record(
      z.string().regex(headerName, 'must be an HTTP header name'),
      z
        .string()
        .max(4096)
        .regex(/^[^\r\n]*$/, 'must be one line'),
    )
    .refine((headers) => Object.keys(headers).length <= 20, 'at most 20 headers')
    .default({}),
})

export type WebhookDefinition = z.output<typeof webhookDefinitionSchema>
export type WebhookDefinitionInput = z.input<typeof webhookDefinitionSchema>

/** A stored webhook: its definition, id, and whether it has a secret (the secret itself stays in the store). */
export interface Webhook extends WebhookDefinition {
  id: string
  createdAt: string
}

/** One line per problem, naming the field: what the CLI prints and the HTTP API answers with. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.map(String).join('.') || 'webhook'} ${issue.message}`)
    .join('; ')
}
