// Webhooks from the real lake to a real HTTP receiver: registration, signature, filter and projection,
// order per document, retries after 503, a restart with a pending delivery, bounded backoff and queue, log.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { webhooksCommand } from '#sanity/lake/commands/webhooks.ts'
import { executeMutations } from '#sanity/lake/mutations/execute-mutations.ts'
import { type RunningLake, type StartLakeOptions, startLake } from '#sanity/lake/server.ts'
import { WebhookRepository } from '#sanity/lake/webhooks/webhook-repository.ts'
import { closedPort, startReceiver, type WebhookReceiver } from './webhook-receiver.ts'

const TOKEN = 'webhook-test-token'
const cleanups: (() => Promise<void> | void)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'marquee-webhooks-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

async function lakeIn(dataDir: string, webhooks: StartLakeOptions['webhooks'] = {}): Promise<RunningLake> {
  const lake = await startLake({
    port: 0,
    dataDir,
    token: TOKEN,
    webhooks: { baseDelayMs: 20, maxDelayMs: 200, ...webhooks },
  })
  cleanups.push(() => lake.close())
  return lake
}

async function receiver(
  respond?: Parameters<typeof startReceiver>[0],
  port?: number,
): Promise<WebhookReceiver> {
  const started = await startReceiver(respond, port)
  cleanups.push(() => started.close())
  return started
}

const hookAnswer = z.object({ id: z.string(), name: z.string(), secret: z.string().nullable() })

async function putHook(lake: RunningLake, name: string, body: Record<string, unknown>, token = TOKEN) {
  const response = await fetch(`${lake.url}/v2021-10-04/hooks/projects/local/by-name/${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

async function addHook(lake: RunningLake, target: string, extra: Record<string, unknown> = {}) {
  const { status, body } = await putHook(lake, 'test-hook', { dataset: 'production', url: target, ...extra })
  expect(status).toBe(201)
  return hookAnswer.parse(body)
}

function write(lake: RunningLake, mutations: unknown[]): void {
  executeMutations(lake.store, 'production', mutations, { author: 'test' })
}

const bodies = (requests: { body: string }[]): unknown[] =>
  requests.map((request) => JSON.parse(request.body))

describe('lake webhooks', () => {
  it('signs every delivery exactly as Sanity does, verifiable with @sanity/webhook', async () => {
    const target = await receiver()
    const lake = await lakeIn(tempDir())
    const hook = await addHook(lake, `${target.url}/hook`, { projection: '{_id, title}' })
    expect(hook.secret).toMatch(/^[A-Za-z0-9_-]{40,}$/)
    write(lake, [{ create: { _id: 'film-1', _type: 'film', title: 'Heat' } }])
    const [delivery] = await target.waitForAccepted(1)
    const signature = delivery?.headers[SIGNATURE_HEADER_NAME]
    expect(typeof signature).toBe('string')
    expect(signature).toMatch(/^t=\d{13},v1=[A-Za-z0-9_-]{43}$/)
    expect(await isValidSignature(delivery?.body ?? '', String(signature), hook.secret ?? '')).toBe(true)
    expect(await isValidSignature(delivery?.body ?? '', String(signature), 'another-secret-entirely')).toBe(
      false,
    )
    expect(JSON.parse(delivery?.body ?? '')).toEqual({ _id: 'film-1', title: 'Heat' })
    expect(delivery?.headers['sanity-operation']).toBe('create')
    expect(delivery?.headers['sanity-document-id']).toBe('film-1')
    expect(delivery?.path).toBe('/hook')
  })

  it('fires only for its operations and filter, never for drafts unless asked, with delta GROQ in the projection', async () => {
    const target = await receiver()
    const lake = await lakeIn(tempDir())
    await addHook(lake, target.url, {
      filter: '_type == "review"',
      operations: ['update', 'delete'],
      projection:
        '{_id, "op": delta::operation(), "was": before().headline, "is": after().headline, "refs": *[references(^._id)]._id}',
    })
    write(lake, [
      { create: { _id: 'film-1', _type: 'film', title: 'Heat' } },
      {
        create: {
          _id: 'review-1',
          _type: 'review',
          headline: 'One',
          film: { _type: 'reference', _ref: 'film-1' },
        },
      },
      { create: { _id: 'drafts.review-1', _type: 'review', headline: 'Draft' } },
    ])
    write(lake, [{ patch: { id: 'review-1', set: { headline: 'Two' } } }])
    // `*[...]` in a projection reads the dataset when the delivery is planned; let this one settle first.
    await target.waitForAccepted(1)
    write(lake, [{ patch: { id: 'film-1', set: { title: 'Heat (1995)' } } }])
    write(lake, [
      { create: { _id: 'story-1', _type: 'article', related: { _type: 'reference', _ref: 'review-1' } } },
    ])
    write(lake, [{ delete: { id: 'review-1' } }])
    const accepted = await target.waitForAccepted(2)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(bodies(target.received)).toEqual([
      { _id: 'review-1', op: 'update', was: 'One', is: 'Two', refs: [] },
      { _id: 'review-1', op: 'delete', was: 'Two', is: null, refs: ['story-1'] },
    ])
    expect(accepted).toHaveLength(2)
  })

  it('retries after a 503 and keeps one document’s deliveries in commit order', async () => {
    const target = await receiver((_request, index) => (index === 0 ? 503 : 200))
    const lake = await lakeIn(tempDir())
    await addHook(lake, target.url, { projection: '{_id, title}' })
    write(lake, [{ create: { _id: 'film-1', _type: 'film', title: 'v1' } }])
    write(lake, [{ patch: { id: 'film-1', set: { title: 'v2' } } }])
    write(lake, [{ patch: { id: 'film-1', set: { title: 'v3' } } }])
    const accepted = await target.waitForAccepted(3)
    expect(target.received.map((request) => request.status)).toEqual([503, 200, 200, 200])
    // The first request (503) carried v1; nothing later was sent before v1 got through.
    expect(bodies(target.received)).toEqual([
      { _id: 'film-1', title: 'v1' },
      { _id: 'film-1', title: 'v1' },
      { _id: 'film-1', title: 'v2' },
      { _id: 'film-1', title: 'v3' },
    ])
    expect(bodies(accepted).map((body) => z.object({ title: z.string() }).parse(body).title)).toEqual([
      'v1',
      'v2',
      'v3',
    ])

    const repository = WebhookRepository.open(lake.store.dataDir)
    cleanups.push(() => repository.close())
    // The receiver answers before the lake records the attempt: wait for the last record.
    await expect.poll(() => repository.attempts({ limit: 10 }).length, { timeout: 5_000 }).toBe(4)
    const log = repository.attempts({ limit: 10 }).reverse()
    expect(log.map(({ outcome, statusCode, attempt }) => [outcome, statusCode, attempt])).toEqual([
      ['retry', 503, 1],
      ['delivered', 200, 2],
      ['delivered', 200, 1],
      ['delivered', 200, 1],
    ])
    expect(log.every((entry) => entry.durationMs >= 0)).toBe(true)
    expect(repository.pendingCount()).toBe(0)
  })

  it('delivers after a restart what was still pending in SQLite', async () => {
    const dataDir = tempDir()
    const port = await closedPort()
    const first = await lakeIn(dataDir, { baseDelayMs: 60_000, maxDelayMs: 60_000 })
    await addHook(first, `http://127.0.0.1:${port}/hook`, { projection: '{_id, title}' })
    write(first, [{ create: { _id: 'film-1', _type: 'film', title: 'Before the restart' } }])
    const repository = WebhookRepository.open(dataDir)
    cleanups.push(() => repository.close())
    await waitFor(() => repository.attempts().some((entry) => entry.outcome === 'retry'))
    expect(repository.pendingCount()).toBe(1)
    await first.close()

    const target = await receiver(() => 200, port)
    // The pending row waits a minute; a clock two minutes ahead makes it due at once.
    await lakeIn(dataDir, { now: () => Date.now() + 120_000 })
    const [delivery] = await target.waitForAccepted(1)
    expect(JSON.parse(delivery?.body ?? '')).toEqual({ _id: 'film-1', title: 'Before the restart' })
    await waitFor(() => repository.pendingCount() === 0)
    const [latest] = repository.attempts({ limit: 1 })
    expect(latest).toMatchObject({ outcome: 'delivered', statusCode: 200, attempt: 2 })
  })

  it('backs off exponentially, within its bound, and gives up after maxAttempts', async () => {
    const target = await receiver(() => 500)
    const lake = await lakeIn(tempDir(), { baseDelayMs: 40, maxDelayMs: 100, maxAttempts: 4 })
    await addHook(lake, target.url)
    write(lake, [{ create: { _id: 'film-1', _type: 'film', title: 'Down' } }])
    const repository = WebhookRepository.open(lake.store.dataDir)
    cleanups.push(() => repository.close())
    await waitFor(() => repository.attempts().some((entry) => entry.outcome === 'failed'))
    const log = repository.attempts({ limit: 10 }).reverse()
    expect(log.map((entry) => entry.outcome)).toEqual(['retry', 'retry', 'retry', 'failed'])
    expect(target.received).toHaveLength(4)
    const gaps = log.slice(1).map((entry, index) => entry.at - (log[index]?.at ?? 0))
    // 40, 80, then capped at 100 ms (each gap also holds the next request's own duration).
    expect(gaps[0]).toBeGreaterThanOrEqual(40)
    expect(gaps[1]).toBeGreaterThanOrEqual(80)
    expect(gaps[2]).toBeGreaterThanOrEqual(100)
    expect(gaps.every((gap) => gap < 1000)).toBe(true)
    expect(repository.pendingCount()).toBe(0)
  })

  it('does not retry a 4xx other than 429', async () => {
    const target = await receiver(() => 400)
    const lake = await lakeIn(tempDir())
    await addHook(lake, target.url)
    write(lake, [{ create: { _id: 'film-1', _type: 'film', title: 'Refused' } }])
    const repository = WebhookRepository.open(lake.store.dataDir)
    cleanups.push(() => repository.close())
    await waitFor(() => repository.attempts().length > 0)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(repository.attempts().map((entry) => [entry.outcome, entry.statusCode])).toEqual([['failed', 400]])
    expect(target.received).toHaveLength(1)
  })

  it('bounds the queue: beyond the limit the oldest pending deliveries are dropped and logged', async () => {
    const port = await closedPort()
    const lake = await lakeIn(tempDir(), { queueLimit: 2, baseDelayMs: 60_000, maxDelayMs: 60_000 })
    await addHook(lake, `http://127.0.0.1:${port}/`)
    for (const id of ['a', 'b', 'c', 'd']) write(lake, [{ create: { _id: id, _type: 'film', title: id } }])
    const repository = WebhookRepository.open(lake.store.dataDir)
    cleanups.push(() => repository.close())
    await waitFor(() => repository.attempts().filter((entry) => entry.outcome === 'dropped').length === 2)
    expect(repository.pendingCount()).toBe(2)
    expect(
      repository
        .attempts()
        .filter((entry) => entry.outcome === 'dropped')
        .map((entry) => entry.documentId)
        .sort(),
    ).toEqual(['a', 'b'])
  })

  it('skips, and logs, a delivery whose projection is larger than a megabyte', async () => {
    const target = await receiver()
    const logs: string[] = []
    const lake = await lakeIn(tempDir(), { log: (line) => logs.push(line) })
    await addHook(lake, target.url, { projection: '{_id, big}' })
    write(lake, [{ create: { _id: 'big-1', _type: 'film', big: 'x'.repeat(1024 * 1024 + 1) } }])
    write(lake, [{ create: { _id: 'small-1', _type: 'film', big: 'x' } }])
    const [delivery] = await target.waitForAccepted(1)
    expect(JSON.parse(delivery?.body ?? '')).toEqual({ _id: 'small-1', big: 'x' })
    expect(target.received).toHaveLength(1)
    expect(logs.join('\n')).toContain(
      'webhook "test-hook" skipped big-1: the projection\'s result is larger than',
    )
  })

  it('registers idempotently over HTTP: same id and secret, never listed, administrators only', async () => {
    const lake = await lakeIn(tempDir())
    const first = await addHook(lake, 'http://127.0.0.1:9/one')
    const again = await putHook(lake, 'test-hook', { dataset: 'production', url: 'http://127.0.0.1:9/two' })
    expect(again.status).toBe(200)
    expect(hookAnswer.parse(again.body)).toMatchObject({ id: first.id, secret: first.secret })
    const list = await fetch(`${lake.url}/v2021-10-04/hooks/projects/local`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    })
    const listed = await list.json()
    expect(listed).toHaveLength(1)
    expect(JSON.stringify(listed)).not.toContain(first.secret ?? 'no secret')
    expect(listed).toMatchObject([{ name: 'test-hook', url: 'http://127.0.0.1:9/two' }])

    expect((await putHook(lake, 'x', { dataset: 'production', url: 'http://a.test/' }, '')).status).toBe(401)
    const badUrl = await putHook(lake, 'x', { dataset: 'production', url: 'ftp://a.test/' })
    expect(badUrl).toMatchObject({ status: 400, body: { statusCode: 400 } })
    const badGroq = await putHook(lake, 'x', {
      dataset: 'production',
      url: 'http://a.test/',
      filter: '_type ==',
    })
    expect(badGroq.status).toBe(400)
    expect((await putHook(lake, 'x', { dataset: 'nope', url: 'http://a.test/' })).status).toBe(404)
  })

  it('is managed by the CLI: add (secret shown once), list, log, secret, remove', async () => {
    const target = await receiver()
    const dataDir = tempDir()
    const lake = await lakeIn(dataDir)
    const lines: string[] = []
    const print = (line: string) => lines.push(line)
    const env = { dataDir }
    await webhooksCommand(
      ['add', 'cli-hook', '--url', target.url, '--filter', '_type == "film"', '--on', 'create'],
      env,
      print,
    )
    const secretLine = lines.find((line) => line.startsWith('Signing secret (shown once): '))
    const secret = secretLine?.slice('Signing secret (shown once): '.length) ?? ''
    expect(secret.length).toBeGreaterThan(40)

    write(lake, [{ create: { _id: 'film-1', _type: 'film', title: 'Via the CLI' } }])
    await target.waitForAccepted(1)
    lines.length = 0
    await webhooksCommand(['list'], env, print)
    expect(lines.join('\n')).toContain('cli-hook  POST')
    expect(lines.join('\n')).not.toContain(secret)
    lines.length = 0
    await waitFor(async () => {
      lines.length = 0
      await webhooksCommand(['log', 'cli-hook'], env, print)
      return lines.some((line) => / cli-hook {2}delivered 200 {2}\d+ ms {2}#1 {2}film-1 /.test(line))
    })
    lines.length = 0
    await webhooksCommand(['secret', 'cli-hook'], env, print)
    expect(lines).toEqual([secret])
    lines.length = 0
    await webhooksCommand(['remove', 'cli-hook'], env, print)
    await expect(webhooksCommand(['secret', 'cli-hook'], env, print)).rejects.toThrow(
      'No webhook named "cli-hook"',
    )
  })
})

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
