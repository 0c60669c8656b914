// What the lake's main thread and its query workers say to each other (structured-cloned, in order).
import type { LakeDocument } from '../query/document-index.ts'
import type { Perspective } from '../query/perspective.ts'
import type { ReadSummary } from '../query/query-reads.ts'
import type { OwnText } from '../query/text-sources.ts'
import type { SourceMapMode } from '../source-map/query-source-map.ts'

/** Main -> worker. The replica is fed `load` chunks, then `loaded`, then every commit, in commit order. */
export type ToWorker =
  | { readonly kind: 'load'; readonly dataset: string; readonly documents: readonly LakeDocument[] }
  | { readonly kind: 'loaded' }
  | {
      readonly kind: 'commit'
      readonly dataset: string
      readonly changes: readonly { readonly id: string; readonly after: LakeDocument | undefined }[]
    }
  | { readonly kind: 'query'; readonly job: number; readonly request: QueryJob }
  /** Build a text index another worker built for a query, before a query here needs it. */
  | { readonly kind: 'warm'; readonly text: WarmText }

/** A text index of one view: what a worker builds on first use and the pool has the others build ahead. */
export interface WarmText {
  readonly dataset: string
  readonly publicOnly: boolean
  readonly perspective: 'raw' | 'published' | 'drafts'
  readonly text: OwnText
}

export interface QueryJob {
  readonly dataset: string
  /** Anonymous readers query the public index (ids without a `.`). */
  readonly publicOnly: boolean
  readonly query: string
  readonly params: Record<string, unknown>
  readonly perspective: Perspective
  readonly identity: string | undefined
  /** Whether (and how) to send a Content Source Map of the result back too. */
  readonly sourceMap?: SourceMapMode | undefined
  /** Largest JSON result, in UTF-16 code units, the worker sends back. */
  readonly maxResultLength: number
}

/** Worker -> main. */
export type FromWorker =
  | { readonly kind: 'ready' }
  | {
      readonly kind: 'result'
      readonly job: number
      readonly json: string
      readonly reads: ReadSummary
      readonly sourceMap?: string | undefined
      /** Text indexes the query built (first use in this worker). */
      readonly built?: readonly WarmText[] | undefined
    }
  | { readonly kind: 'failed'; readonly job: number; readonly failure: QueryFailure }

export type QueryFailure =
  | {
      readonly type: 'parse'
      readonly description: string
      readonly start: number
      readonly end: number
    }
  | { readonly type: 'execution'; readonly description: string; readonly detail: string }
  | { readonly type: 'resultTooLarge'; readonly description: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** Messages cross the thread boundary as `unknown`: checked on the kind and the fields each kind relies on. */
export function isFromWorker(value: unknown): value is FromWorker {
  if (!isRecord(value)) return false
  if (value.kind === 'ready') return true
  if (value.kind === 'result') {
    return typeof value.job === 'number' && typeof value.json === 'string' && isRecord(value.reads)
  }
  return value.kind === 'failed' && typeof value.job === 'number' && isRecord(value.failure)
}

export function isToWorker(value: unknown): value is ToWorker {
  if (!isRecord(value)) return false
  switch (value.kind) {
    case 'load':
      return typeof value.dataset === 'string' && Array.isArray(value.documents)
    case 'loaded':
      return true
    case 'commit':
      return typeof value.dataset === 'string' && Array.isArray(value.changes)
    case 'query':
      return typeof value.job === 'number' && isRecord(value.request)
    case 'warm':
      return isRecord(value.text)
    default:
      return false
  }
}
