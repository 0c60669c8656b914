// The lake's webhook API, a small part of Sanity's `hooks/projects/:projectId` family:
//   GET /v{v}/hooks/projects/:projectId                 list (secrets are never listed)
//   PUT /v{v}/hooks/projects/:projectId/by-name/:name   idempotent create-or-update; answers the secret
// Administrators only. The site uses the PUT at start to register its revalidation webhook.
import { isJsonObject } from '../../mutations/parse-mutations.ts'
import { ensureWebhook } from '../../webhooks/ensure-webhook.ts'
import { describeIssues, type Webhook, webhookDefinitionSchema } from '../../webhooks/webhook-definition.ts'
import { webhooksOf } from '../../webhooks/webhook-service.ts'
import type { Identity } from '../auth.ts'
import { readJsonBody } from '../body.ts'
import { badRequest, datasetNotFound, httpError, notFound, unauthorized } from '../http-error.ts'
import { sendJson } from '../response.ts'
import type { LakeRequest, Route } from '../types.ts'

const HOOK_BODY_LIMIT = 64 * 1024

function requireAdministrator(identity: Identity): void {
  if (identity.kind === 'anonymous') throw unauthorized('Managing webhooks requires a token')
  if (identity.role !== 'administrator') throw httpError(403, 'Only administrators may manage webhooks')
}

function serviceFor({ lake, params }: LakeRequest) {
  if (params.projectId !== 'local') throw notFound(`Project "${params.projectId}" not found`)
  const service = webhooksOf(lake.store)
  if (!service) throw httpError(503, 'Webhooks are not running on this lake')
  return service
}

/** Sanity's field names where they exist (`rule.on`), the lake's flat ones otherwise. */
function publicShape(webhook: Webhook): Record<string, unknown> {
  return {
    id: webhook.id,
    type: 'document',
    name: webhook.name,
    projectId: 'local',
    dataset: webhook.dataset,
    url: webhook.url,
    httpMethod: webhook.httpMethod,
    apiVersion: webhook.apiVersion,
    includeDrafts: webhook.includeDrafts,
    headers: webhook.headers,
    rule: { on: webhook.operations, filter: webhook.filter || null, projection: webhook.projection || null },
    createdAt: webhook.createdAt,
  }
}

function list(request: LakeRequest): void {
  requireAdministrator(request.identity)
  sendJson(request.res, 200, serviceFor(request).repository.list().map(publicShape))
}

async function ensure(request: LakeRequest): Promise<void> {
  requireAdministrator(request.identity)
  const service = serviceFor(request)
  const body = await readJsonBody(request.req, HOOK_BODY_LIMIT)
  if (!isJsonObject(body)) throw badRequest('The body must be a JSON object describing the webhook')
  const { secret, ...definition } = body
  if (secret !== undefined && (typeof secret !== 'string' || secret.length < 16 || secret.length > 256)) {
    throw badRequest('secret must be a string of 16 to 256 characters')
  }
  const parsed = webhookDefinitionSchema.safeParse({ ...definition, name: request.params.name })
  if (!parsed.success) throw badRequest(`Invalid webhook: ${describeIssues(parsed.error)}`)
  if (!request.lake.store.hasDataset(parsed.data.dataset)) {
    throw datasetNotFound(parsed.data.dataset)
  }
  const ensured = ensureWebhook(service.repository, parsed.data, { secret })
  sendJson(request.res, ensured.created ? 201 : 200, {
    ...publicShape(ensured.webhook),
    secret: ensured.secret ?? null,
  })
}

export const hookRoutes: readonly Route[] = [
  { path: 'hooks/projects/:projectId', versioned: true, methods: ['GET'], handle: list },
  { path: 'hooks/projects/:projectId/by-name/:name', versioned: true, methods: ['PUT'], handle: ensure },
]
