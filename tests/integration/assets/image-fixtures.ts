// Small images made with sharp, so asset tests never depend on the demo content.
import sharp from 'sharp'

/** A PNG whose left half is one colour and right half another (crops show which part they kept). */
export async function twoToneImage(
  width: number,
  height: number,
  colours: { left: string; right: string } = { left: '#c0392b', right: '#2c3e50' },
): Promise<Buffer> {
  const half = Math.floor(width / 2)
  const right = await sharp({
    create: { width: width - half, height, channels: 3, background: colours.right },
  })
    .png()
    .toBuffer()
  return sharp({ create: { width, height, channels: 3, background: colours.left } })
    .composite([{ input: right, left: half, top: 0 }])
    .removeAlpha()
    .png()
    .toBuffer()
}

export async function jpegImage(width: number, height: number, background = '#336699'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .jpeg({ quality: 90 })
    .toBuffer()
}
