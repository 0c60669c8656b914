// An image uploaded into a draft that was never published is not public (sanity/lake/store/public-view.ts):
// anonymous queries do not list it, `doc` does not return it and its bytes are a 404, until publishing the
// draft gives a published document that uses it. Editors (a token) see it all along.
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestLake, type TestLake } from './lake-fixture.ts'

let t: TestLake
let stillId: string
let stillUrl: string

async function png(background: string): Promise<Buffer> {
  return sharp({ create: { width: 12, height: 8, channels: 3, background } })
    .png()
    .toBuffer()
}

async function anonymousStatus(url: string): Promise<number> {
  const response = await fetch(url)
  await response.body?.cancel()
  return response.status
}

const listedAssets = () => t.anonymous.fetch<string[]>('*[_type == "sanity.imageAsset"]._id')

beforeAll(async () => {
  t = await startTestLake()
  const still = await t.client.assets.upload('image', await png('#5a2d82'), { filename: 'draft-still.png' })
  stillId = still._id
  stillUrl = still.url
})
afterAll(async () => {
  await t?.stop()
})

describe('an asset only a draft uses', () => {
  it('is public while nothing uses it (just uploaded)', async () => {
    expect(await listedAssets()).toContain(stillId)
    expect(await anonymousStatus(stillUrl)).toBe(200)
  })

  it('is withheld from anonymous queries, doc and /images once a draft uses it', async () => {
    await t.client.create(
      {
        _id: 'drafts.review-draft',
        _type: 'review',
        headline: 'Never published',
        heroImage: { _type: 'image', asset: { _type: 'reference', _ref: stillId } },
      },
      { visibility: 'sync' },
    )
    expect(await listedAssets()).not.toContain(stillId)
    expect(await t.anonymous.getDocument(stillId)).toBeUndefined()
    const doc = await t.request(`/v2025-02-19/data/doc/production/${stillId}`, { auth: false })
    // Sanity's answer for a document the caller may not see: omitted, as if it did not exist.
    expect(doc.body).toEqual({ documents: [], omitted: [{ id: stillId, reason: 'existence' }] })
    expect(await anonymousStatus(stillUrl)).toBe(404)
    expect(await anonymousStatus(`${stillUrl}?w=6&fm=webp`)).toBe(404)
  })

  it('stays visible to editors', async () => {
    expect(await t.client.fetch('*[_type == "sanity.imageAsset"]._id')).toContain(stillId)
    const bytes = await fetch(stillUrl, { headers: { authorization: `Bearer ${t.lake.token}` } })
    expect(bytes.status).toBe(200)
    expect(bytes.headers.get('content-type')).toBe('image/png')
    await bytes.body?.cancel()
  })

  it('is public once the draft is published', async () => {
    await t.client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.review-draft',
      publishedId: 'review-draft',
    })
    expect(await t.client.getDocument('drafts.review-draft')).toBeUndefined()
    expect(await listedAssets()).toContain(stillId)
    expect((await t.anonymous.getDocument(stillId))?._id).toBe(stillId)
    expect(await anonymousStatus(stillUrl)).toBe(200)
  })

  it('stays public when a new draft of the published document drops it', async () => {
    await t.client.create({ _id: 'drafts.review-draft', _type: 'review', headline: 'No still now' })
    expect(await anonymousStatus(stillUrl)).toBe(200)
  })
})
