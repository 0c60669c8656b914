// A query's source map where the query ran (a pool worker, or the main thread without a pool): it needs the
// result as objects, before they become JSON text, and the view the query read.
import type { DocumentIndex } from '../query/document-index.ts'
import { type Perspective, viewFor } from '../query/perspective.ts'
import { QueryReads } from '../query/query-reads.ts'
import { buildSourceMap } from './content-source-map.ts'
import { DereferenceLog } from './dereference-log.ts'

export type SourceMapMode = 'positions' | 'keySelectors'

/** What the query should note while it runs: dereferenced ids too when a source map is wanted. */
export function readsFor(mode: SourceMapMode | undefined): QueryReads {
  return mode === undefined ? new QueryReads() : new DereferenceLog()
}

/** The source map as JSON text, or undefined when none was asked for. */
export function sourceMapJson(
  result: unknown,
  index: DocumentIndex,
  perspective: Perspective,
  reads: QueryReads,
  mode: SourceMapMode | undefined,
): string | undefined {
  if (mode === undefined) return undefined
  const dereferenced = reads instanceof DereferenceLog ? reads.ids : []
  const map = buildSourceMap(result, viewFor(index, perspective), dereferenced, {
    keySelectors: mode === 'keySelectors',
  })
  return JSON.stringify(map)
}
