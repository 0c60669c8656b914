// The site's /images pass-through (app/images/[...path]/route.ts) against a real lake: it must hand out
// raster images only, since the site's origin holds editors' Studio sessions.
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GET } from '#app/images/[...path]/route.ts'
import { startTestLake, type TestLake } from '../lake/lake-fixture.ts'

let t: TestLake
const SCRIPTED_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="10"><script>alert(1)</script><rect width="30" height="10"/></svg>'

beforeAll(async () => {
  t = await startTestLake()
  // getEnv() reads the environment on first use, which is inside GET below.
  delete process.env.NEXT_PUBLIC_SANITY_PROJECT_ID
  process.env.LAKE_URL = t.lake.url
})
afterAll(async () => {
  await t.stop()
})

async function viaSite(assetPath: string, search = ''): Promise<Response> {
  const path = assetPath.replace(/^images\//, '').split('/')
  return GET(new Request(`http://site.local/images/${path.join('/')}${search}`), {
    params: Promise.resolve({ path }),
  })
}

async function uploadImage(bytes: Buffer | string, filename: string): Promise<string> {
  const response = await t.request(`/v2025-02-19/assets/images/production?filename=${filename}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: typeof bytes === 'string' ? bytes : new Uint8Array(bytes),
  })
  const body = response.body
  if (typeof body !== 'object' || body === null || !('document' in body)) throw new Error('upload failed')
  const document = body.document
  if (typeof document !== 'object' || document === null || !('path' in document)) throw new Error('no path')
  return String(document.path)
}

describe('the site /images route', () => {
  it('passes a PNG through with its length and nosniff', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#abcdef' } })
      .png()
      .toBuffer()
    const response = await viaSite(await uploadImage(png, 'a.png'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('content-length')).toBe(String(png.length))
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await response.arrayBuffer())).toEqual(png)
  })

  it('serves an SVG original as a PNG rendering, never as SVG', async () => {
    const path = await uploadImage(SCRIPTED_SVG, 'logo.svg')
    const response = await viaSite(path)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.includes('script')).toBe(false)
    expect((await sharp(bytes).metadata()).format).toBe('png')
    const asked = await viaSite(path, '?fm=webp&w=10')
    expect(asked.headers.get('content-type')).toBe('image/webp')
  })

  it('refuses what is not a raster image, even when the lake stores it as an image', async () => {
    const tiff = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000000' } })
      .tiff()
      .toBuffer()
    const response = await viaSite(await uploadImage(tiff, 'scan.tiff'))
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).not.toMatch(/tiff/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
