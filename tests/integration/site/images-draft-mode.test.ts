// The site's /images route in draft mode (app/images/[...path]/images-handler.ts): an image only a draft uses is
// withheld by the lake from anonymous readers, so the route asks with the server-only preview token when draft
// mode is on, and marks the answer private. Next's draftMode() needs a request, so draft mode comes in
// through the handler's seam; route.ts wires it to lib/draft/draft-mode.ts.
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createImagesHandler, DRAFT_CACHE_CONTROL } from '#app/images/[...path]/images-handler.ts'
import { parseEnv } from '#lib/env.ts'
import { startTestLake, type TestLake } from '#tests/integration/lake/lake-fixture.ts'

let t: TestLake
let draftOnlyPath: string
let publishedPath: string

async function png(background: string): Promise<Buffer> {
  return sharp({ create: { width: 10, height: 6, channels: 3, background } })
    .png()
    .toBuffer()
}

function viaSite(
  assetUrl: string,
  options: { draftMode: boolean; previewToken?: string },
): Promise<Response> {
  const handler = createImagesHandler({
    env: () => parseEnv({ LAKE_URL: t.lake.url, SANITY_PREVIEW_TOKEN: options.previewToken }),
    isDraftMode: async () => options.draftMode,
  })
  const path = new URL(assetUrl).pathname.replace(/^\/images\//, '').split('/')
  return handler(new Request(`http://site.local/images/${path.join('/')}`), {
    params: Promise.resolve({ path }),
  })
}

beforeAll(async () => {
  t = await startTestLake()
  const draftOnly = await t.client.assets.upload('image', await png('#aa3300'), { filename: 'draft.png' })
  const published = await t.client.assets.upload('image', await png('#0033aa'), { filename: 'pub.png' })
  draftOnlyPath = draftOnly.url
  publishedPath = published.url
  const image = (id: string) => ({ _type: 'image', asset: { _type: 'reference', _ref: id } })
  await t.client
    .transaction()
    .create({ _id: 'drafts.review-new', _type: 'review', heroImage: image(draftOnly._id) })
    .create({ _id: 'review-old', _type: 'review', heroImage: image(published._id) })
    .commit({ visibility: 'sync' })
})
afterAll(async () => {
  await t?.stop()
})

describe('the /images route and drafts', () => {
  it('gives readers outside draft mode a 404 for an image only a draft uses', async () => {
    const response = await viaSite(draftOnlyPath, { draftMode: false, previewToken: t.lake.token })
    expect(response.status).toBe(404)
    await response.body?.cancel()
  })

  it('shows it in draft mode, read with the preview token, private and never stored', async () => {
    const response = await viaSite(draftOnlyPath, { draftMode: true, previewToken: t.lake.token })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('cache-control')).toBe(DRAFT_CACHE_CONTROL)
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await png('#aa3300'))
  })

  it('marks even published images private in draft mode, and leaves them cacheable outside it', async () => {
    const preview = await viaSite(publishedPath, { draftMode: true, previewToken: t.lake.token })
    expect(preview.headers.get('cache-control')).toBe(DRAFT_CACHE_CONTROL)
    await preview.body?.cancel()
    const reader = await viaSite(publishedPath, { draftMode: false, previewToken: t.lake.token })
    expect(reader.status).toBe(200)
    expect(reader.headers.get('cache-control')).toMatch(/public/)
    await reader.body?.cancel()
  })

  it('without a preview token draft mode changes nothing: still a 404', async () => {
    const response = await viaSite(draftOnlyPath, { draftMode: true })
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/public/)
    await response.body?.cancel()
  })
})
