import { createImageUrlBuilder } from '@sanity/image-url'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_OUTPUT_SIDE } from '#sanity/lake/assets/limits.ts'
import { startTestLake, type TestLake } from '../lake/lake-fixture.ts'
import { twoToneImage } from './image-fixtures.ts'

let lake: TestLake
let assetId: string
let assetPath: string

beforeAll(async () => {
  lake = await startTestLake()
  const asset = await lake.client.assets.upload('image', await twoToneImage(400, 200), {
    filename: 'still.png',
  })
  assetId = asset._id
  assetPath = asset.path
})

afterAll(async () => {
  await lake.stop()
})

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers })
  return { response, bytes: Buffer.from(await response.arrayBuffer()) }
}

describe('image endpoint', () => {
  it('serves the original bytes with immutable caching', async () => {
    const { response, bytes } = await get(`${lake.lake.url}/${assetPath}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(response.headers.get('etag')).toMatch(/^".+"$/)
    expect(await sharp(bytes).metadata()).toMatchObject({ width: 400, height: 200, format: 'png' })
  })

  it('serves URLs built by @sanity/image-url from the lake client (apiHost becomes the base URL)', async () => {
    const builder = createImageUrlBuilder(lake.client)
    const url = builder
      .image({ asset: { _ref: assetId } })
      .width(120)
      .height(80)
      .format('webp')
      .url()
    expect(url.startsWith(`${lake.lake.url}/images/local/production/`)).toBe(true)
    const { response, bytes } = await get(url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(await sharp(bytes).metadata()).toMatchObject({ width: 120, height: 80, format: 'webp' })
  })

  it('serves URLs built with an explicit baseUrl, honouring hotspot crops', async () => {
    const builder = createImageUrlBuilder({
      projectId: 'local',
      dataset: 'production',
      baseUrl: lake.lake.url,
    })
    const image = {
      asset: { _ref: assetId },
      hotspot: { x: 0.9, y: 0.5, width: 0.1, height: 0.1 },
      crop: { top: 0, bottom: 0, left: 0, right: 0 },
    }
    const url = builder.image(image).width(50).height(50).format('png').url()
    expect(url).toContain('rect=')
    const { bytes } = await get(url)
    expect(await sharp(bytes).metadata()).toMatchObject({ width: 50, height: 50, format: 'png' })
    // The hotspot sits in the right half, so the crop keeps the right colour (#2c3e50).
    const { dominant } = await sharp(bytes).stats()
    expect(dominant.b).toBeGreaterThan(dominant.r)
  })

  it('picks the format from Accept with auto=format and says so in Vary', async () => {
    const url = `${lake.lake.url}/${assetPath}?w=100&auto=format`
    const webp = await get(url, { accept: 'image/avif,image/webp,*/*' })
    expect(webp.response.headers.get('content-type')).toBe('image/webp')
    expect(webp.response.headers.get('vary')).toContain('Accept')
    const plain = await get(url, { accept: '*/*' })
    expect(plain.response.headers.get('content-type')).toBe('image/png')
    expect(plain.response.headers.get('etag')).not.toBe(webp.response.headers.get('etag'))
  })

  it('answers the Studio preview URLs', async () => {
    const max = await get(`${lake.lake.url}/${assetPath}?w=2000&fit=max&auto=format`, {
      accept: 'image/webp',
    })
    expect(await sharp(max.bytes).metadata()).toMatchObject({ width: 400, height: 200 })
    const thumb = await get(`${lake.lake.url}/${assetPath}?rect=8,0,48,48&w=33&h=33&fit=crop&dpr=2`)
    expect(await sharp(thumb.bytes).metadata()).toMatchObject({ width: 66, height: 66 })
  })

  it('answers 304 to a matching If-None-Match', async () => {
    const url = `${lake.lake.url}/${assetPath}?w=64&fm=jpg`
    const first = await get(url)
    const etag = first.response.headers.get('etag') ?? ''
    const second = await fetch(url, { headers: { 'if-none-match': etag } })
    expect(second.status).toBe(304)
  })

  it('refuses an oversized request with a clear 400', async () => {
    const { response, bytes } = await get(`${lake.lake.url}/${assetPath}?w=${MAX_OUTPUT_SIDE * 2}`)
    expect(response.status).toBe(400)
    const body: unknown = JSON.parse(bytes.toString('utf8'))
    expect(body).toMatchObject({
      error: 'Bad Request',
      statusCode: 400,
      message: expect.stringContaining(`exceeds the maximum of ${MAX_OUTPUT_SIDE}px`),
    })
  })

  it('refuses malformed parameters with a 400 and ignores unknown ones', async () => {
    expect((await get(`${lake.lake.url}/${assetPath}?fit=stretch`)).response.status).toBe(400)
    expect((await get(`${lake.lake.url}/${assetPath}?w=10&frame=1&unknown=yes`)).response.status).toBe(200)
  })

  it('answers 404 for unknown assets and malformed names', async () => {
    const unknown = `${'0'.repeat(40)}-400x200.png`
    expect((await get(`${lake.lake.url}/images/local/production/${unknown}?w=10`)).response.status).toBe(404)
    expect((await get(`${lake.lake.url}/images/local/production/not-an-asset.png`)).response.status).toBe(404)
    expect(
      (await get(`${lake.lake.url}/images/local/elsewhere/${assetPath.split('/').pop()}`)).response.status,
    ).toBe(404)
  })
})
