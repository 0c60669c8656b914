import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { AssetError } from '#sanity/lake/assets/asset-error.ts'
import { parseTransformParams } from '#sanity/lake/assets/image-params.ts'
import { computeImageMetadata, probeImage } from '#sanity/lake/assets/image-probe.ts'
import { chooseOutputFormat, transformImage } from '#sanity/lake/assets/image-transform.ts'

// Left half red, right half blue: enough to tell which part of the image a crop kept.
async function halves(width: number, height: number): Promise<Buffer> {
  const half = Math.floor(width / 2)
  const blue = await sharp({ create: { width: width - half, height, channels: 3, background: '#0000ff' } })
    .png()
    .toBuffer()
  return sharp({ create: { width, height, channels: 3, background: '#ff0000' } })
    .composite([{ input: blue, left: half, top: 0 }])
    .removeAlpha()
    .png()
    .toBuffer()
}

const spec = (query: string) => parseTransformParams(new URLSearchParams(query))

describe('probeImage and computeImageMetadata', () => {
  it('reads format and size and builds Sanity-shaped metadata', async () => {
    const bytes = await halves(64, 48)
    const probe = await probeImage(bytes)
    expect(probe).toEqual({ extension: 'png', mimeType: 'image/png', width: 64, height: 48, hasAlpha: false })
    const metadata = await computeImageMetadata(bytes, probe)
    expect(metadata.dimensions).toEqual({
      _type: 'sanity.imageDimensions',
      width: 64,
      height: 48,
      aspectRatio: 64 / 48,
    })
    expect(metadata.lqip).toMatch(/^data:image\/jpeg;base64,/)
    const lqip = await sharp(Buffer.from(metadata.lqip.split(',')[1] ?? '', 'base64')).metadata()
    expect(lqip.width).toBe(20)
    expect(metadata.isOpaque).toBe(true)
    // Half red, half blue: the dominant swatch is one of them (resampling blurs the exact value).
    expect(metadata.palette.dominant?.background).toMatch(/^#(f[a-f0-9]00[0-9a-f]{2}|0[0-9a-f]00f[a-f0-9])$/)
    expect(metadata.palette.dominant?.population).toBeGreaterThan(40)
    expect(metadata.palette.vibrant?.foreground).toBe('#fff')
  })

  it('refuses bytes that are not an image with a 400', async () => {
    await expect(probeImage(Buffer.from('plain text, not pixels'))).rejects.toBeInstanceOf(AssetError)
  })

  it('refuses images over the pixel bound', async () => {
    // A PNG header claiming 10000 x 10000: refused from the header, without decoding 100 megapixels.
    const big = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#000' } })
      .png({ compressionLevel: 9 })
      .toBuffer()
    await expect(probeImage(big)).rejects.toThrow(/Image too large: 10000x10000/)
  })
})

describe('transformImage', () => {
  it('resizes, crops to the requested box and encodes the requested format', async () => {
    const bytes = await halves(200, 100)
    const output = await transformImage(
      bytes,
      { width: 200, height: 100 },
      spec('w=50&h=50&fit=crop&crop=left&fm=webp'),
      'webp',
    )
    const metadata = await sharp(output).metadata()
    expect(metadata).toMatchObject({ format: 'webp', width: 50, height: 50 })
    const { dominant } = await sharp(output).stats()
    expect(dominant.r).toBeGreaterThan(200)
    expect(dominant.b).toBeLessThan(50)
  })

  it('cuts rect regions before resizing', async () => {
    const bytes = await halves(200, 100)
    const output = await transformImage(
      bytes,
      { width: 200, height: 100 },
      spec('rect=100,0,100,100&w=10'),
      'png',
    )
    const { dominant } = await sharp(output).stats()
    expect(await sharp(output).metadata()).toMatchObject({ width: 10, height: 10 })
    expect(dominant.b).toBeGreaterThan(200)
  })

  it('pads with the background for fit=fill and flips', async () => {
    const bytes = await halves(200, 100)
    const output = await transformImage(
      bytes,
      { width: 200, height: 100 },
      spec('w=100&h=100&fit=fill&bg=00ff00&flip=h'),
      'png',
    )
    expect(await sharp(output).metadata()).toMatchObject({ width: 100, height: 100 })
    const topRow = await sharp(output).extract({ left: 0, top: 0, width: 100, height: 1 }).raw().toBuffer()
    expect([...topRow.subarray(0, 3)]).toEqual([0, 255, 0])
    const middle = await sharp(output).extract({ left: 5, top: 50, width: 1, height: 1 }).raw().toBuffer()
    expect(middle[2]).toBeGreaterThan(200)
  })

  it('rotates with or= after sizing', async () => {
    const bytes = await halves(200, 100)
    const output = await transformImage(bytes, { width: 200, height: 100 }, spec('w=100&or=90'), 'jpg')
    expect(await sharp(output).metadata()).toMatchObject({ format: 'jpeg', width: 50, height: 100 })
  })
})

describe('chooseOutputFormat', () => {
  const browser = 'image/avif,image/webp,image/apng,*/*;q=0.8'
  it('auto=format picks WebP when accepted, else AVIF, else fm or the source format', () => {
    expect(chooseOutputFormat(spec('auto=format'), 'jpg', browser)).toBe('webp')
    expect(chooseOutputFormat(spec('auto=format'), 'jpg', 'image/avif')).toBe('avif')
    expect(chooseOutputFormat(spec('auto=format&fm=png'), 'jpg', '*/*')).toBe('png')
    expect(chooseOutputFormat(spec('w=1'), 'jpg', browser)).toBe('jpg')
    expect(chooseOutputFormat(spec('w=1'), 'svg', browser)).toBe('png')
    expect(chooseOutputFormat(spec('fm=avif'), 'png', '')).toBe('avif')
  })
})
