// Replays the Studio traffic recorded in shared/studio-contract (every call a real Studio made while booting,
// listing, opening, editing, publishing, uploading an image and reading history) against a real lake, in order,
// and checks each answer has the status and the shape the Studio accepted from the recording.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { startTestLake, type TestLake } from './lake-fixture.ts'
import { shapeMismatch } from './shape.ts'

const TRAFFIC_FILE = fileURLToPath(
  new URL('../../../../shared/studio-contract/studio-6.19-traffic.ndjson', import.meta.url),
)
const RECORDED_ORIGIN = 'http://127.0.0.1:3333'

const recordedSchema = z.object({
  method: z.string(),
  url: z.string(),
  headers: z.record(z.string(), z.string()).default({}),
  status: z.union([z.number(), z.string()]),
  // Recorded as the raw text, or already parsed when it was JSON.
  body: z
    .unknown()
    .transform((value) => (value === undefined || typeof value === 'string' ? value : JSON.stringify(value)))
    .optional(),
  response: z.string().optional(),
  sse: z.boolean().optional(),
})
type Recorded = z.infer<typeof recordedSchema>

function readTraffic(): Recorded[] {
  return readFileSync(TRAFFIC_FILE, 'utf8')
    .trim()
    .split('\n')
    .map((line) => recordedSchema.parse(JSON.parse(line)))
}

/** Server-chosen values of the recording (publish transaction ids, asset hashes) mapped to this run's. */
class Substitutions {
  readonly #pairs = new Map<string, string>()

  add(recorded: unknown, replayed: unknown): void {
    if (typeof recorded === 'string' && typeof replayed === 'string' && recorded !== replayed) {
      this.#pairs.set(recorded, replayed)
    }
  }

  apply(text: string): string {
    let result = text
    for (const [recorded, replayed] of this.#pairs) result = result.split(recorded).join(replayed)
    return result
  }
}

/**
 * What the recording's stand-in sent beyond what the Studio needs, each checked against Sanity's API: `query` is only
 * returned when asked for (the Studio sends returnQuery=false), role descriptions and a project colour are optional.
 */
const OPTIONAL_PATHS: ReadonlySet<string> = new Set([
  '$.query',
  '$.roles[0].description',
  '$.members[0].roles[0].description',
  '$.metadata.color',
])

const ASSET_ID = /"assetId":"([0-9a-f]{40})"/

let lake: TestLake
const substitutions = new Substitutions()
const traffic = readTraffic().filter((entry) => !entry.method.startsWith('UPGRADE'))

beforeAll(async () => {
  lake = await startTestLake({ corsOrigins: [RECORDED_ORIGIN] })
  await lake.client.create({
    _id: 'post-1',
    _type: 'post',
    _createdAt: '2026-01-01T00:00:00Z',
    title: 'Hello offline world',
    body: 'Seeded document',
  })
})

afterAll(async () => {
  await lake?.stop()
})

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value
    ? Object.entries(value).find(([name]) => name === key)?.[1]
    : undefined
}

/**
 * The recorder cut one long body short: the edit that, per the contract, points the image field at the uploaded
 * asset and drops the upload marker. Sent as the contract describes it.
 */
function completedImageEdit(): string {
  const assetId = lake.lake.store
    .index('production')
    ?.all()
    .find((document) => document._type === 'sanity.imageAsset')?._id
  const edit = (patch: unknown) => ({
    actionType: 'sanity.action.document.edit',
    draftId: 'drafts.post-1',
    publishedId: 'post-1',
    patch,
  })
  return JSON.stringify({
    actions: [
      edit({ set: { 'mainImage.asset': { _type: 'reference', _ref: assetId } } }),
      edit({ unset: ['mainImage._upload'] }),
    ],
  })
}

/** The recording's publish carries the recorded server's revision; send the one this lake has now. */
function withCurrentRevisions(body: string): string {
  const parsed = z
    .object({ actions: z.array(z.record(z.string(), z.unknown())) })
    .passthrough()
    .safeParse(jsonOf(body))
  if (!parsed.success) return body
  for (const action of parsed.data.actions) {
    const publishedId = action.publishedId
    if (typeof action.ifPublishedRevisionId === 'string' && typeof publishedId === 'string') {
      action.ifPublishedRevisionId = lake.lake.store.getDocument('production', publishedId)?._rev
    }
  }
  return JSON.stringify(parsed.data)
}

async function uploadBody(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#a33' } })
    .png()
    .toBuffer()
}

async function readFirstEvent(response: Response): Promise<string> {
  const reader = response.body?.getReader()
  if (!reader) return ''
  const { value } = await reader.read()
  await reader.cancel()
  return new TextDecoder().decode(value)
}

async function replay(entry: Recorded) {
  const headers = new Headers()
  for (const [name, value] of Object.entries(entry.headers)) {
    if (name === 'authorization') headers.set(name, `Bearer ${lake.lake.token}`)
    else headers.set(name, value)
  }
  // The recording kept few request headers; a browser sends the Studio's origin as Referer with its image
  // previews, which is how the lake lets the Studio see images only drafts use (public-view.ts).
  if (entry.url.includes('/images/')) headers.set('referer', `${RECORDED_ORIGIN}/`)
  let body: BodyInit | undefined
  if (entry.url.includes('/assets/images/')) {
    body = new Uint8Array(await uploadBody())
    headers.set('content-type', 'image/png')
  } else if (entry.body !== undefined && entry.method !== 'GET') {
    const recorded = substitutions.apply(entry.body)
    body = jsonOf(recorded) === undefined ? completedImageEdit() : withCurrentRevisions(recorded)
    headers.set('content-type', 'application/json')
  }
  return fetch(`${lake.lake.url}${substitutions.apply(entry.url)}`, { method: entry.method, headers, body })
}

describe('recorded Studio traffic replayed against the lake', () => {
  it.each(
    traffic.map((entry, index) => ({ entry, title: `${index} ${entry.method} ${entry.url.split('?')[0]}` })),
  )('$title', async ({ entry }) => {
    const response = await replay(entry)
    expect(response.status, `${entry.method} ${entry.url}`).toBe(entry.status)
    if (entry.sse) {
      expect(response.headers.get('content-type')).toContain('text/event-stream')
      expect(await readFirstEvent(response)).toContain('event: welcome')
      return
    }
    const text = await response.text()
    if (entry.method === 'OPTIONS') {
      expect(response.headers.get('access-control-allow-origin')).toBe(RECORDED_ORIGIN)
      return
    }
    const recorded = entry.response ?? ''
    const lines = recorded.split('\n').filter((line) => line !== '')
    const ours = text.split('\n').filter((line) => line !== '')
    // Long recorded bodies were cut short, so read the server-chosen asset id out of the text itself.
    substitutions.add(ASSET_ID.exec(recorded)?.[1], ASSET_ID.exec(text)?.[1])
    for (const [index, line] of lines.entries()) {
      const expected = jsonOf(line)
      if (expected === undefined) continue
      const actual = jsonOf(ours[index] ?? '')
      expect(
        shapeMismatch(expected, actual, OPTIONAL_PATHS),
        `${entry.method} ${entry.url}\n${text.slice(0, 400)}`,
      ).toBe(undefined)
      substitutions.add(field(expected, 'transactionId'), field(actual, 'transactionId'))
    }
  })
})
