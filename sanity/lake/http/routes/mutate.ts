// POST /v{v}/data/mutate/{dataset}: one all-or-nothing transaction of create/createOrReplace/
// createIfNotExists/delete/patch, answered as Sanity does: `{transactionId, results: [{id, operation}]}`.
import { executeMutations } from '../../mutations/execute-mutations.ts'
import { isJsonObject } from '../../mutations/parse-mutations.ts'
import { releaseLockForMutations } from '../../releases/release-lock.ts'
import { requireSignedIn } from '../../users/guards.ts'
import { requireMutationAccess } from '../../users/mutation-access.ts'
import { readJsonBody } from '../body.ts'
import { datasetName, flag } from '../dataset-param.ts'
import { badRequest } from '../http-error.ts'
import { resolveQuerySelections } from '../query-selections.ts'
import { sendJson } from '../response.ts'
import type { LakeRequest, Route } from '../types.ts'

/** Writes are visible to the next read at once, so every visibility is honoured as `sync`. */
const VISIBILITIES = new Set(['sync', 'async', 'deferred'])

async function mutate(request: LakeRequest): Promise<void> {
  const { url, res, lake } = request
  const user = requireSignedIn(request.identity)
  const dataset = datasetName(request.params)
  const visibility = url.searchParams.get('visibility')
  if (visibility !== null && !VISIBILITIES.has(visibility)) {
    throw badRequest(`Invalid visibility "${visibility}": use sync, async or deferred`)
  }
  const returnDocuments = flag(url, 'returnDocuments', false)
  const options = {
    dryRun: flag(url, 'dryRun', false),
    autoGenerateArrayKeys: flag(url, 'autoGenerateArrayKeys', false),
  }
  const body = await readJsonBody(request.req)
  if (!isJsonObject(body)) throw badRequest('The request body must be an object with a "mutations" array')
  const transactionId = body.transactionId ?? url.searchParams.get('transactionId') ?? undefined
  if (transactionId !== undefined && typeof transactionId !== 'string') {
    throw badRequest('"transactionId" must be a string')
  }

  const findIds = await resolveQuerySelections(lake, dataset, body.mutations)
  // From here to the commit nothing awaits: the ids resolved above are those of the state written to.
  const execute = (dryRun: boolean) =>
    executeMutations(lake.store, dataset, body.mutations, {
      ...options,
      dryRun: options.dryRun || dryRun,
      transactionId,
      author: user.userId,
      findIds,
      checkChanges: releaseLockForMutations(lake.store.index(dataset)),
    })
  // Contributors may only touch drafts and versions; ids chosen by a query are known from a dry run,
  // which runs in the same tick as the real one, so nothing can change in between.
  requireMutationAccess(user, body.mutations, () => execute(true).results.map(({ id }) => id))
  const outcome = execute(false)
  const results = outcome.results.map(({ id, operation, document }) =>
    returnDocuments && document ? { id, operation, document } : { id, operation },
  )
  const response: Record<string, unknown> = { transactionId: outcome.transactionId, results }
  if (returnDocuments)
    response.documents = outcome.results.flatMap(({ document }) => (document ? [document] : []))
  sendJson(res, 200, response)
}

export const mutateRoutes: readonly Route[] = [
  { path: 'data/mutate/:dataset', versioned: true, methods: ['POST'], handle: mutate },
]
