// GET|POST /v{v}/data/query/{dataset}: GROQ over the in-memory index, Sanity's `{query, result, ms}` envelope.

import { queryTags } from '../../live/sync-tags.ts'
import { isJsonObject } from '../../mutations/parse-mutations.ts'
import { checkQueryLimits } from '../../query/query-limits.ts'
import { checkedParams, jsonNesting, MAX_PARAM_NESTING } from '../../query/query-params.ts'
import type { ReadSummary } from '../../query/query-reads.ts'
import { runQuery } from '../../query/run-query.ts'
import { isHeavyQuery } from '../../query-pool/cost-estimate.ts'
import { readsFor, type SourceMapMode, sourceMapJson } from '../../source-map/query-source-map.ts'
import { readJsonBody } from '../body.ts'
import { existingDataset, flag } from '../dataset-param.ts'
import { pooledQueryError } from '../error-mapping.ts'
import { badRequest, datasetNotFound } from '../http-error.ts'
import type { QueryTarget } from '../perspective.ts'
import { parsePerspective, queryTarget } from '../perspective.ts'
import { sendJsonText } from '../response.ts'
import { parseSourceMapParam } from '../source-map-param.ts'
import type { LakeContext, LakeRequest, Route } from '../types.ts'

interface QueryInput {
  query: string
  params: Record<string, unknown>
  perspective: string | null
  sourceMap: SourceMapMode | undefined
}

/** `$name=<json>` query-string parameters, as @sanity/client encodes them. */
export function paramsFromSearch(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, raw] of search) {
    if (!key.startsWith('$')) continue
    const name = key.slice(1)
    try {
      params[name] = JSON.parse(raw)
    } catch {
      throw badRequest(`Invalid value for parameter "${key}": it must be JSON (a string needs quotes)`)
    }
    // Checked here too, since listen parses its query without runQuery's parameter checks.
    if (jsonNesting(params[name], MAX_PARAM_NESTING) > MAX_PARAM_NESTING) {
      throw badRequest(`Invalid value for parameter "${key}": nested deeper than ${MAX_PARAM_NESTING} levels`)
    }
  }
  return params
}

async function readInput({ req, url, method }: LakeRequest): Promise<QueryInput> {
  const fromSearch = paramsFromSearch(url.searchParams)
  const perspective = url.searchParams.get('perspective')
  if (method === 'GET') {
    const query = url.searchParams.get('query')
    if (query === null || query.trim() === '') throw badRequest('Missing "query" parameter')
    return {
      query,
      params: fromSearch,
      perspective,
      sourceMap: parseSourceMapParam(url.searchParams.get('resultSourceMap') ?? undefined),
    }
  }
  const body = await readJsonBody(req)
  if (!isJsonObject(body) || typeof body.query !== 'string' || body.query.trim() === '') {
    throw badRequest('The request body must be an object with a "query" string')
  }
  if (body.params !== undefined && !isJsonObject(body.params)) throw badRequest('"params" must be an object')
  const bodyPerspective =
    typeof body.perspective === 'string'
      ? body.perspective
      : Array.isArray(body.perspective) && body.perspective.every((layer) => typeof layer === 'string')
        ? body.perspective.join(',')
        : null
  return {
    query: body.query,
    params: { ...fromSearch, ...body.params },
    perspective: perspective ?? bodyPerspective,
    sourceMap: parseSourceMapParam(url.searchParams.get('resultSourceMap') ?? body.resultSourceMap),
  }
}

async function query(request: LakeRequest): Promise<void> {
  const { url, res, lake, identity } = request
  const dataset = existingDataset(lake.store, request.params)
  const input = await readInput(request)
  const perspective = parsePerspective(input.perspective, request.apiVersion ?? '1')
  const returnQuery = flag(url, 'returnQuery', true)
  const target = queryTarget(lake.store, dataset, identity, perspective)
  if (!target) throw datasetNotFound(dataset)

  const started = performance.now()
  const { json, reads, sourceMap } = await resultJson(lake, dataset, target, input)
  const ms = Math.round(performance.now() - started)
  const syncTags = JSON.stringify(queryTags(dataset, reads, identity.kind === 'user', target.perspective))
  // The result arrives as JSON text from a worker: spliced in, not parsed and serialised again.
  const head = returnQuery ? `{"query":${JSON.stringify(input.query)},` : '{'
  const map = sourceMap === undefined ? '' : `"resultSourceMap":${sourceMap},`
  sendJsonText(res, 200, `${head}"result":${json},${map}"syncTags":${syncTags},"ms":${ms}}`)
}

/**
 * The query's result as JSON and what it read (for sync tags): limits first on this thread, then evaluation in
 * the pool (or here without one).
 */
async function resultJson(
  lake: LakeContext,
  dataset: string,
  target: QueryTarget,
  input: QueryInput,
): Promise<{ json: string; reads: ReadSummary; sourceMap?: string | undefined }> {
  const shape = checkQueryLimits(input.query)
  const params = checkedParams(input.query, input.params)
  try {
    if (!lake.queries) {
      const reads = readsFor(input.sourceMap)
      const result = runQuery(target.index, input.query, params, { perspective: target.perspective, reads })
      const sourceMap = sourceMapJson(result, target.index, target.perspective, reads, input.sourceMap)
      return { json: JSON.stringify(result ?? null), reads: reads.summary(), sourceMap }
    }
    return await lake.queries.run({
      dataset,
      publicOnly: target.index === lake.store.publicIndex(dataset),
      query: input.query,
      params,
      perspective: target.perspective,
      identity: undefined,
      sourceMap: input.sourceMap,
      heavy: isHeavyQuery(shape, params),
    })
  } catch (error) {
    throw pooledQueryError(input.query, error, lake.log)
  }
}

export const queryRoutes: readonly Route[] = [
  { path: 'data/query/:dataset', versioned: true, methods: ['GET', 'POST'], handle: query },
]
