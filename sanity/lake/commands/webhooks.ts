// `lake webhooks add|list|remove|secret|log`: manage the lake's webhooks in its data dir (the running lake
// reads them on every commit, so no restart is needed).

import { ensureWebhook } from '../webhooks/ensure-webhook.ts'
import { describeIssues, OPERATIONS, webhookDefinitionSchema } from '../webhooks/webhook-definition.ts'
import type { AttemptRecord } from '../webhooks/webhook-repository.ts'
import { WebhookRepository } from '../webhooks/webhook-repository.ts'
import { parseCommandArgs } from './command-args.ts'
import { LakeConfigError, type LakeEnvironment, lakeEnvironment } from './environment.ts'

export const WEBHOOKS_USAGE =
  'webhooks add <name> --url <url> [--dataset production] [--filter <groq>] [--projection <groq>] ' +
  `[--on ${OPERATIONS.join(',')}] [--include-drafts] [--method POST] [--header "Name: value"]... [--secret <s> | --no-secret] ` +
  '| webhooks list | webhooks remove <name> | webhooks secret <name> | webhooks log [<name>] [--limit 20]'

type Print = (line: string) => void

export async function webhooksCommand(
  args: readonly string[],
  env: LakeEnvironment = lakeEnvironment(),
  print: Print = (line) => console.log(line),
): Promise<void> {
  const [action, ...rest] = args
  const repository = WebhookRepository.open(env.dataDir)
  try {
    if (action === 'add') return add(repository, rest, print)
    if (action === 'list') return list(repository, print)
    if (action === 'remove') return remove(repository, rest, print)
    if (action === 'secret') return secret(repository, rest, print)
    if (action === 'log') return log(repository, rest, print)
    throw new LakeConfigError(`Usage: lake ${WEBHOOKS_USAGE}`)
  } finally {
    repository.close()
  }
}

function add(repository: WebhookRepository, args: readonly string[], print: Print): void {
  const { values, positionals } = parseCommandArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      dataset: { type: 'string', default: 'production' },
      filter: { type: 'string', default: '' },
      projection: { type: 'string', default: '' },
      on: { type: 'string', default: OPERATIONS.join(',') },
      'include-drafts': { type: 'boolean', default: false },
      method: { type: 'string', default: 'POST' },
      header: { type: 'string', multiple: true, default: [] },
      secret: { type: 'string' },
      'no-secret': { type: 'boolean', default: false },
    },
  })
  const [name] = positionals
  if (!name) throw new LakeConfigError(`Usage: lake ${WEBHOOKS_USAGE}`)
  if (repository.findByName(name))
    throw new LakeConfigError(`A webhook named "${name}" exists; remove it first`)
  if (!repository.hasDataset(values.dataset))
    throw new LakeConfigError(`Dataset "${values.dataset}" not found`)
  const parsed = webhookDefinitionSchema.safeParse({
    name,
    url: values.url,
    dataset: values.dataset,
    filter: values.filter,
    projection: values.projection,
    operations: values.on.split(',').map((operation) => operation.trim()),
    includeDrafts: values['include-drafts'],
    httpMethod: values.method.toUpperCase(),
    headers: Object.fromEntries(values.header.map(parseHeader)),
  })
  if (!parsed.success) throw new LakeConfigError(`Invalid webhook: ${describeIssues(parsed.error)}`)
  const ensured = ensureWebhook(repository, parsed.data, {
    secret: values.secret,
    generateSecret: !values['no-secret'],
  })
  print(`Added webhook "${name}" (${ensured.webhook.id}) -> ${parsed.data.httpMethod} ${parsed.data.url}`)
  if (ensured.secret && values.secret === undefined) {
    // Shown once; `lake webhooks secret <name>` prints it again on request.
    print(`Signing secret (shown once): ${ensured.secret}`)
  }
}

function parseHeader(header: string): [string, string] {
  const colon = header.indexOf(':')
  if (colon <= 0) throw new LakeConfigError(`--header must be "Name: value", got "${header}"`)
  return [header.slice(0, colon).trim(), header.slice(colon + 1).trim()]
}

function list(repository: WebhookRepository, print: Print): void {
  const webhooks = repository.list()
  if (webhooks.length === 0) print('No webhooks.')
  for (const webhook of webhooks) {
    const signed = repository.secretOf(webhook.id) ? 'signed' : 'unsigned'
    print(
      `${webhook.name}  ${webhook.httpMethod} ${webhook.url}  dataset=${webhook.dataset}  on=${webhook.operations.join(',')}  drafts=${webhook.includeDrafts}  ${signed}`,
    )
    if (webhook.filter) print(`  filter:     ${webhook.filter}`)
    if (webhook.projection) print(`  projection: ${webhook.projection.replace(/\s+/g, ' ')}`)
  }
  print(`Pending deliveries: ${repository.pendingCount()}`)
}

function remove(repository: WebhookRepository, args: readonly string[], print: Print): void {
  const [name] = args
  if (!name) throw new LakeConfigError('Usage: lake webhooks remove <name>')
  if (!repository.remove(name)) throw new LakeConfigError(`No webhook named "${name}"`)
  print(`Removed webhook "${name}" and its pending deliveries`)
}

function secret(repository: WebhookRepository, args: readonly string[], print: Print): void {
  const [name] = args
  const webhook = name ? repository.findByName(name) : undefined
  if (!webhook)
    throw new LakeConfigError(name ? `No webhook named "${name}"` : 'Usage: lake webhooks secret <name>')
  const value = repository.secretOf(webhook.id)
  if (!value)
    throw new LakeConfigError(`Webhook "${webhook.name}" has no secret (its deliveries are unsigned)`)
  print(value)
}

function log(repository: WebhookRepository, args: readonly string[], print: Print): void {
  const { values, positionals } = parseCommandArgs({
    args: [...args],
    allowPositionals: true,
    options: { limit: { type: 'string', default: '20' } },
  })
  const limit = Number(values.limit)
  if (!Number.isInteger(limit) || limit < 1) throw new LakeConfigError('--limit must be a positive integer')
  const [name] = positionals
  const webhook = name ? repository.findByName(name) : undefined
  if (name && !webhook) throw new LakeConfigError(`No webhook named "${name}"`)
  const names = new Map(repository.list().map((each) => [each.id, each.name]))
  const attempts = repository.attempts({ webhookId: webhook?.id, limit })
  if (attempts.length === 0) print('No delivery attempts yet.')
  for (const attempt of attempts)
    print(formatAttempt(attempt, names.get(attempt.webhookId) ?? attempt.webhookId))
}

export function formatAttempt(attempt: AttemptRecord, name: string): string {
  const status = attempt.statusCode === null ? '---' : String(attempt.statusCode)
  const error = attempt.error && attempt.outcome !== 'delivered' ? `  ${attempt.error}` : ''
  return `${new Date(attempt.at).toISOString()}  ${name}  ${attempt.outcome.padEnd(9)} ${status}  ${attempt.durationMs} ms  #${attempt.attempt}  ${attempt.documentId}  ${attempt.transactionId}${error}`
}
