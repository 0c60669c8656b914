// The `resultSourceMap` request option: `true` (array items by position) or `withKeyArraySelector` (by
// `_key`; what @sanity/client sends when stega is on). Absent or `false`: no source map is made.
import type { SourceMapMode } from '../source-map/query-source-map.ts'
import { badRequest } from './http-error.ts'

export function parseSourceMapParam(value: unknown): SourceMapMode | undefined {
  if (value === undefined || value === null || value === '' || value === false || value === 'false') {
    return undefined
  }
  if (value === true || value === 'true' || value === '1') return 'positions'
  if (value === 'withKeyArraySelector') return 'keySelectors'
  throw badRequest(
    `Invalid value for "resultSourceMap": expected true, false or withKeyArraySelector, got ${JSON.stringify(value)}`,
  )
}
