// Replays the Actions API requests the real Studio (6.19) sent while editing, publishing and attaching an
// image against the lake, and checks the outcome. The fixture holds the data/actions POSTs of
// shared/studio-contract/studio-6.19-traffic.ndjson, minus one body the recorder truncated (a data URI).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isJsonObject } from '../../../sanity/lake/mutations/parse-mutations.ts'
import { startTestLake, type TestLake } from './lake-fixture.ts'

const TRAFFIC = fileURLToPath(new URL('./fixtures/studio-6.19-actions.ndjson', import.meta.url))

interface RecordedAction {
  url: string
  body: Record<string, unknown>
}

/** The recorded POSTs to data/actions, in order. */
function recordedActions(): RecordedAction[] {
  return readFileSync(TRAFFIC, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      const entry: unknown = JSON.parse(line)
      if (!isJsonObject(entry) || typeof entry.url !== 'string' || !isJsonObject(entry.body)) return []
      return [{ url: entry.url, body: entry.body }]
    })
}

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(async () => {
  await t.stop()
})

describe('the Studio 6.19 editing session, replayed', () => {
  it('applies every recorded request and ends with the published edit and the image draft', async () => {
    const recorded = recordedActions()
    expect(recorded.length).toBeGreaterThanOrEqual(8)
    // The document the recording started from (its data/doc response).
    await t.client.createOrReplace({
      _id: 'post-1',
      _type: 'post',
      _createdAt: '2026-01-01T00:00:00Z',
      title: 'Hello offline world',
      body: 'Seeded document',
    })
    let titleAtPublish: unknown
    for (const { url, body } of recorded) {
      const actions = Array.isArray(body.actions) ? body.actions : []
      const publishing = actions.some(
        (action) => isJsonObject(action) && action.actionType === 'sanity.action.document.publish',
      )
      if (publishing) {
        // The recording server had its own revisions; the Studio sends the published revision it sees.
        const published = await t.client.getDocument('post-1')
        for (const action of actions) if (isJsonObject(action)) action.ifPublishedRevisionId = published?._rev
        titleAtPublish = (await t.client.getDocument('drafts.post-1'))?.title
      }
      const response = await t.request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      expect([url, response.status]).toEqual([url, 200])
      const transactionId = body.transactionId ?? expect.stringMatching(/^[A-Za-z0-9]{22}$/)
      expect(response.body).toEqual({ transactionId })
    }

    const [published, draft] = await t.client.getDocuments(['post-1', 'drafts.post-1'])
    expect(titleAtPublish).toMatch(/^Hello offline world \(edited/)
    expect(published).toMatchObject({
      title: titleAtPublish,
      body: 'Seeded document',
      _createdAt: '2026-01-01T00:00:00Z',
    })
    expect(draft).toMatchObject({
      title: titleAtPublish,
      _createdAt: '2026-01-01T00:00:00Z',
      mainImage: { _type: 'image', _upload: { file: { name: 'test.png' } } },
    })
  })
})
