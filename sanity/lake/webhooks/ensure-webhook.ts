// Idempotent registration: the site calls this on every start. Same name -> same webhook (definition
// updated in place, queue and secret kept); a secret is generated once, when the webhook is created.
import type { Webhook, WebhookDefinition } from './webhook-definition.ts'
import { generateSecret, type WebhookRepository } from './webhook-repository.ts'

export interface EnsuredWebhook {
  webhook: Webhook
  secret: string | undefined
  created: boolean
}

export function ensureWebhook(
  repository: WebhookRepository,
  definition: WebhookDefinition,
  options: { secret?: string; generateSecret?: boolean } = {},
): EnsuredWebhook {
  const existing = repository.findByName(definition.name)
  if (!existing) {
    const secret = options.secret ?? (options.generateSecret === false ? undefined : generateSecret())
    return { webhook: repository.add(definition, secret), secret, created: true }
  }
  if (options.secret !== undefined) repository.setSecret(existing.id, options.secret)
  repository.update(existing.id, definition)
  return {
    webhook: { ...definition, id: existing.id, createdAt: existing.createdAt },
    secret: repository.secretOf(existing.id),
    created: false,
  }
}
