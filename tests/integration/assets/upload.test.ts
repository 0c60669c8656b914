import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_UPLOAD_BYTES } from '#sanity/lake/assets/limits.ts'
import { caught, startTestLake, type TestLake } from '../lake/lake-fixture.ts'
import { twoToneImage } from './image-fixtures.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
})

afterAll(async () => {
  await lake.stop()
})

describe('image uploads', () => {
  it('answers with a sanity.imageAsset document with dimensions, LQIP and palette', async () => {
    const bytes = await twoToneImage(64, 48)
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    const asset = await lake.client.assets.upload('image', bytes, { filename: 'still.png' })
    expect(asset).toMatchObject({
      _id: `image-${sha1}-64x48-png`,
      _type: 'sanity.imageAsset',
      assetId: sha1,
      sha1hash: sha1,
      path: `images/local/production/${sha1}-64x48.png`,
      url: `${lake.lake.url}/images/local/production/${sha1}-64x48.png`,
      originalFilename: 'still.png',
      extension: 'png',
      mimeType: 'image/png',
      size: bytes.length,
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: { _type: 'sanity.imageDimensions', width: 64, height: 48, aspectRatio: 64 / 48 },
        hasAlpha: false,
        isOpaque: true,
      },
    })
    expect(asset.metadata.lqip).toMatch(/^data:image\/jpeg;base64,/)
    expect(asset.metadata.palette?.dominant?.background).toMatch(/^#[0-9a-f]{6}$/)
    expect(asset._rev).toEqual(expect.any(String))
    expect(existsSync(join(lake.dataDir, 'assets', 'production', 'images', `${sha1}-64x48.png`))).toBe(true)
  })

  it('commits the asset document to the dataset, where queries find it', async () => {
    const bytes = await twoToneImage(30, 20)
    const asset = await lake.client.assets.upload('image', bytes, { filename: 'query-me.png' })
    const found = await lake.client.fetch(
      '*[_type == "sanity.imageAsset" && sha1hash == $hash][0]{_id, originalFilename}',
      {
        hash: asset.sha1hash,
      },
    )
    expect(found).toEqual({ _id: asset._id, originalFilename: 'query-me.png' })
  })

  it('gives the same document for the same bytes, without a new transaction', async () => {
    const bytes = await twoToneImage(40, 40, { left: '#111111', right: '#eeeeee' })
    const first = await lake.client.assets.upload('image', bytes, { filename: 'a.png' })
    const transactionsBefore = lake.lake.store.transactions('production', { documentId: first._id }).length
    const second = await lake.client.assets.upload('image', bytes, { filename: 'b.png' })
    expect(second._id).toBe(first._id)
    expect(second._rev).toBe(first._rev)
    expect(lake.lake.store.transactions('production', { documentId: first._id })).toHaveLength(
      transactionsBefore,
    )
    const count = await lake.client.fetch('count(*[_type == "sanity.imageAsset" && sha1hash == $hash])', {
      hash: first.sha1hash,
    })
    expect(count).toBe(1)
  })

  it('refuses bytes that are not an image with a Sanity-shaped 400', async () => {
    const response = await lake.request('/v2025-02-19/assets/images/production?filename=x.png', {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: 'this is not a png',
    })
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({
      error: 'Bad Request',
      statusCode: 400,
      message: expect.stringMatching(/Invalid image/),
    })
  })

  it('refuses bodies over the upload limit with a 413', async () => {
    const response = await lake.request('/v2025-02-19/assets/images/production', {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: new Uint8Array(MAX_UPLOAD_BYTES + 1),
    })
    expect(response.status).toBe(413)
  })

  it('requires a token to upload', async () => {
    const failure = await caught(async () => lake.anonymous.assets.upload('image', await twoToneImage(8, 8)))
    expect(failure.statusCode).toBe(401)
  })

  it('stores files as sanity.fileAsset and serves them back', async () => {
    const bytes = Buffer.from('%PDF-1.4 pretend pdf\n')
    const asset = await lake.client.assets.upload('file', bytes, {
      filename: 'press-kit.pdf',
      contentType: 'application/pdf',
    })
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    expect(asset).toMatchObject({
      _id: `file-${sha1}-pdf`,
      _type: 'sanity.fileAsset',
      extension: 'pdf',
      mimeType: 'application/pdf',
      path: `files/local/production/${sha1}.pdf`,
    })
    const response = await fetch(`${lake.lake.url}/${asset.path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes)
  })
})
