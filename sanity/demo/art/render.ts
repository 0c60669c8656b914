// Art recipe -> JPEG bytes. mozjpeg at a fixed quality keeps files small and the output byte-stable.
import sharp from 'sharp'
import { coverSvg } from './cover.ts'
import { portraitSize, portraitSvg } from './portrait.ts'
import { POSTER_HEIGHT, POSTER_WIDTH, posterSvg } from './poster.ts'
import type { Art } from './schema.ts'
import { STILL_HEIGHT, STILL_WIDTH, stillSvg } from './still.ts'

export type RenderedImage = { bytes: Buffer; width: number; height: number }

export function artToSvg(art: Art): string {
  switch (art.kind) {
    case 'poster':
      return posterSvg(art)
    case 'still':
      return stillSvg(art)
    case 'portrait':
      return portraitSvg(art)
    case 'cover':
      return coverSvg(art)
  }
}

export function artSize(art: Art): { width: number; height: number } {
  switch (art.kind) {
    case 'poster':
      return { width: POSTER_WIDTH, height: POSTER_HEIGHT }
    case 'portrait': {
      const size = portraitSize(art)
      return { width: size, height: size }
    }
    case 'still':
    case 'cover':
      return { width: STILL_WIDTH, height: STILL_HEIGHT }
  }
}

export async function renderArt(art: Art): Promise<RenderedImage> {
  const { data, info } = await sharp(Buffer.from(artToSvg(art)))
    .flatten({ background: '#000000' })
    .jpeg({ quality: 70, mozjpeg: true })
    .toBuffer({ resolveWithObject: true })
  const expected = artSize(art)
  if (info.width !== expected.width || info.height !== expected.height) {
    throw new Error(
      `Rendered ${art.kind} is ${info.width}x${info.height}, expected ${expected.width}x${expected.height}`,
    )
  }
  return { bytes: data, width: info.width, height: info.height }
}
