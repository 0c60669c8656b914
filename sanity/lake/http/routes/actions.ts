// POST /v{v}/data/actions/{dataset}: Sanity's Actions API, which the Studio uses for every edit, create,
// publish, unpublish, discard, delete and restore. One request = one all-or-nothing transaction;
// the answer is `{transactionId}` (also for a dry run, which changes nothing).
import { isJsonObject } from '../../mutations/parse-mutations.ts'
import { executeActionsWithReleases } from '../../releases/execute-release-actions.ts'
import { requireWriter } from '../auth.ts'
import { readJsonBody } from '../body.ts'
import { datasetName, flag } from '../dataset-param.ts'
import { badRequest } from '../http-error.ts'
import { sendJson } from '../response.ts'
import type { LakeRequest, Route } from '../types.ts'

async function actions(request: LakeRequest): Promise<void> {
  const { url, res, lake } = request
  const user = requireWriter(request.identity)
  const dataset = datasetName(request.params)
  const body = await readJsonBody(request.req)
  if (!isJsonObject(body)) throw badRequest('The request body must be an object with an "actions" array')
  const { transactionId, dryRun, autoGenerateArrayKeys } = body
  if (transactionId !== undefined && typeof transactionId !== 'string') {
    throw badRequest('"transactionId" must be a string')
  }
  if (dryRun !== undefined && typeof dryRun !== 'boolean') throw badRequest('"dryRun" must be a boolean')
  if (autoGenerateArrayKeys !== undefined && typeof autoGenerateArrayKeys !== 'boolean') {
    throw badRequest('"autoGenerateArrayKeys" must be a boolean')
  }
  const outcome = executeActionsWithReleases(lake.store, dataset, body.actions, {
    transactionId,
    author: user.userId,
    dryRun: dryRun === true || flag(url, 'dryRun', false),
    autoGenerateArrayKeys: autoGenerateArrayKeys === true || flag(url, 'autoGenerateArrayKeys', false),
    mayPublish: user.role !== 'contributor',
  })
  sendJson(res, 200, { transactionId: outcome.transactionId })
}

export const actionRoutes: readonly Route[] = [
  { path: 'data/actions/:dataset', versioned: true, methods: ['POST'], handle: actions },
]
