// Uploads an attacker would try: active content posing as an image or a file, images cut short or whose
// header lies, uploads whose HTTP framing lies, and the temporary files interrupted writes leave behind.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestLake, type TestLake } from '../lake/lake-fixture.ts'
import { twoToneImage } from './image-fixtures.ts'

let t: TestLake
const SANDBOX = "sandbox; default-src 'none'; style-src 'unsafe-inline'"
const SCRIPTED_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><script>fetch("/steal?"+localStorage.token)</script><rect width="40" height="20" fill="red"/></svg>'
const HTML_PAGE = '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'

beforeAll(async () => {
  t = await startTestLake({ httpLimits: { bodyIdleTimeoutMs: 300 } })
})
afterAll(async () => {
  await t.stop()
})

async function upload(kind: 'images' | 'files', body: Buffer | string, query: string, contentType: string) {
  return t.request(`/v2025-02-19/assets/${kind}/production?${query}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  })
}

function documentOf(response: { body: unknown }): { path: string; _id: string } {
  const body = response.body
  if (typeof body !== 'object' || body === null || !('document' in body)) throw new Error('no document')
  const document = body.document
  if (typeof document !== 'object' || document === null) throw new Error('no document')
  if (!('path' in document) || typeof document.path !== 'string') throw new Error('no path')
  if (!('_id' in document) || typeof document._id !== 'string') throw new Error('no id')
  return { path: document.path, _id: document._id }
}

function temporaryFiles(): string[] {
  const root = join(t.dataDir, 'assets', 'production')
  return ['images', 'files'].flatMap((kind) => {
    const folder = join(root, kind)
    return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.tmp')) : []
  })
}

async function assetCount(): Promise<number> {
  return t.client.fetch('count(*[_type in ["sanity.imageAsset", "sanity.fileAsset"]])')
}

describe('active content', () => {
  it('serves an SVG with a script only inside a CSP sandbox, with nosniff', async () => {
    const uploaded = await upload('images', SCRIPTED_SVG, 'filename=logo.svg', 'image/svg+xml')
    expect(uploaded.status).toBe(200)
    const { path } = documentOf(uploaded)
    expect(path).toMatch(/\.svg$/)
    const original = await fetch(`${t.lake.url}/${path}`)
    expect(original.status).toBe(200)
    expect(original.headers.get('content-type')).toBe('image/svg+xml')
    expect(original.headers.get('content-security-policy')).toBe(SANDBOX)
    expect(original.headers.get('x-content-type-options')).toBe('nosniff')
    const rasterized = await fetch(`${t.lake.url}/${path}?w=20`)
    expect(rasterized.headers.get('content-type')).toBe('image/png')
    expect(rasterized.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('refuses HTML uploaded as an image', async () => {
    const response = await upload('images', HTML_PAGE, 'filename=x.png', 'image/png')
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' })
  })

  it('serves an HTML file upload as a download, never as text/html', async () => {
    for (const [query, contentType] of [
      ['filename=page.html', 'text/html'],
      ['filename=report.pdf', 'application/pdf'],
      ['filename=notes.txt', 'text/plain'],
    ]) {
      const uploaded = await upload('files', HTML_PAGE, query ?? '', contentType ?? '')
      expect(uploaded.status).toBe(200)
      const served = await fetch(`${t.lake.url}/${documentOf(uploaded).path}`)
      expect(served.status).toBe(200)
      expect(served.headers.get('content-type')).not.toMatch(/html/)
      expect(served.headers.get('content-disposition')).toMatch(/^attachment/)
      expect(served.headers.get('x-content-type-options')).toBe('nosniff')
      expect(served.headers.get('content-security-policy')).toBe(SANDBOX)
    }
  })

  it('shows safe types inline: plain text as text/plain, PDF, images; others download', async () => {
    const cases = [
      { body: 'Just some notes.\nSecond line.', type: 'text/plain', inline: 'text/plain; charset=utf-8' },
      { body: '%PDF-1.4\n%pretend\n', type: 'application/pdf', inline: 'application/pdf' },
      { body: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), type: 'application/zip', inline: undefined },
    ]
    for (const { body, type, inline } of cases) {
      const uploaded = await upload('files', body, 'filename=f', type)
      const served = await fetch(`${t.lake.url}/${documentOf(uploaded).path}`)
      expect(served.headers.get('x-content-type-options')).toBe('nosniff')
      if (inline) {
        expect(served.headers.get('content-type')).toBe(inline)
        expect(served.headers.get('content-disposition')).toBeNull()
      } else {
        expect(served.headers.get('content-type')).toBe(type)
        expect(served.headers.get('content-disposition')).toMatch(/^attachment/)
      }
    }
  })
})

describe('broken images and lying uploads', () => {
  it('refuses a truncated PNG with a 400 and stores nothing', async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#123456' } })
      .png({ compressionLevel: 0 })
      .toBuffer()
    const before = await assetCount()
    const response = await upload('images', png.subarray(0, png.length >> 1), 'filename=cut.png', 'image/png')
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/truncated or corrupt/),
    })
    expect(await assetCount()).toBe(before)
    expect(temporaryFiles()).toEqual([])
  })

  it('refuses an image whose header claims more pixels than its data holds', async () => {
    const png = await twoToneImage(16, 16)
    const lying = Buffer.from(png)
    // IHDR width and height (bytes 16-23) now claim 4000 x 4000; the CRC no longer matches either.
    lying.writeUInt32BE(4000, 16)
    lying.writeUInt32BE(4000, 20)
    const response = await upload('images', lying, 'filename=liar.png', 'image/png')
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' })
  })

  function rawUpload(declaredLength: number, body: Buffer, closeAfterMs?: number): Promise<string> {
    return new Promise((resolve) => {
      const socket = connect(t.lake.port, '127.0.0.1')
      const chunks: Buffer[] = []
      socket.on('connect', () => {
        socket.write(
          [
            'POST /v2025-02-19/assets/images/production?filename=raw.png HTTP/1.1',
            'Host: x',
            `Authorization: Bearer ${t.lake.token}`,
            'Content-Type: image/png',
            `Content-Length: ${declaredLength}`,
            '',
            '',
          ].join('\r\n'),
        )
        socket.write(body)
        if (closeAfterMs !== undefined) setTimeout(() => socket.destroy(), closeAfterMs)
      })
      socket.on('data', (chunk) => chunks.push(chunk))
      socket.on('error', () => {})
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')))
    })
  }

  it('answers an upload whose Content-Length is shorter than the data with JSON 400s', async () => {
    const png = await twoToneImage(64, 64)
    const answer = await rawUpload(png.length >> 1, png)
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
    const firstBody = answer.slice(answer.indexOf('\r\n\r\n') + 4).split('HTTP/1.1')[0] ?? ''
    expect(JSON.parse(firstBody)).toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/Invalid image/),
    })
    // The bytes past the declared length are no request: a second, Sanity-shaped 400, then the lake hangs up.
    expect(answer.split('HTTP/1.1 400 ')).toHaveLength(3)
    expect(answer).toMatch(/"message":"Malformed HTTP request/)
    expect((await t.request('/health', { auth: false })).status).toBe(200)
  })

  it('survives an upload that promises more than it sends: 408 when it stalls, nothing left when it hangs up', async () => {
    const png = await twoToneImage(64, 64)
    const before = await assetCount()
    const stalled = await rawUpload(png.length * 2, png)
    expect(stalled).toMatch(/^HTTP\/1\.1 408 /)
    expect(stalled).toMatch(/"statusCode":408/)
    await rawUpload(png.length * 2, png, 50)
    expect((await t.request('/health', { auth: false })).status).toBe(200)
    expect(await assetCount()).toBe(before)
    expect(temporaryFiles()).toEqual([])
  })
})

describe('temporary files', () => {
  it('removes its temporary file when storing the upload fails', async () => {
    const bytes = await twoToneImage(14, 14)
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    // A directory where the file should land makes the final rename fail (a server fault, not the client's).
    const blocked = join(t.dataDir, 'assets', 'production', 'images', `${sha1}-14x14.png`)
    mkdirSync(join(blocked, 'occupied'), { recursive: true })
    const response = await upload('images', bytes, 'filename=blocked.png', 'image/png')
    expect(response.status).toBe(500)
    expect(temporaryFiles()).toEqual([])
    expect(await t.client.getDocument(`image-${sha1}-14x14-png`)).toBeUndefined()
    rmSync(blocked, { recursive: true })
  })

  it('removes .tmp files left by an earlier run when the lake starts, and keeps the assets', async () => {
    const uploaded = await t.client.assets.upload('image', await twoToneImage(12, 12), {
      filename: 'keep.png',
    })
    const images = join(t.dataDir, 'assets', 'production', 'images')
    const files = join(t.dataDir, 'assets', 'production', 'files')
    mkdirSync(files, { recursive: true })
    writeFileSync(join(images, `${uploaded.sha1hash}-12x12.png.0a1b2c3d4e5f.tmp`), 'half a file')
    writeFileSync(join(files, 'abc.bin.ffffffffffff.tmp'), 'half a file')
    expect(temporaryFiles()).toHaveLength(2)
    await t.stop({ remove: false })
    t = await startTestLake({ dataDir: t.dataDir })
    expect(temporaryFiles()).toEqual([])
    expect(existsSync(join(images, `${uploaded.sha1hash}-12x12.png`))).toBe(true)
    const served = await fetch(`${t.lake.url}/${uploaded.path}`)
    expect(served.status).toBe(200)
  })
})
