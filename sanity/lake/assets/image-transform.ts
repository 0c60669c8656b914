// Turns an original image plus a transform spec into output bytes with sharp.
import sharp, { type Sharp } from 'sharp'
import { computeGeometry, type Size } from './image-geometry.ts'
import type { OutputFormat, TransformSpec } from './image-params.ts'
import { MAX_SOURCE_PIXELS } from './limits.ts'

export const outputMimeTypes: Record<OutputFormat, string> = {
  jpg: 'image/jpeg',
  pjpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
}

/**
 * The format to serve: auto=format follows the Accept header (WebP first: it encodes far faster than
 * AVIF and every browser that sends Accept: image/avif also takes WebP), then `fm`, then the source's own
 * format when sharp can write it.
 */
export function chooseOutputFormat(
  spec: TransformSpec,
  sourceExtension: string,
  accept: string,
): OutputFormat {
  if (spec.autoFormat) {
    if (accept.includes('image/webp')) return 'webp'
    if (accept.includes('image/avif')) return 'avif'
  }
  if (spec.format) return spec.format
  switch (sourceExtension) {
    case 'jpg':
    case 'tiff':
      return 'jpg'
    case 'webp':
    case 'avif':
    case 'gif':
      return sourceExtension
    default:
      return 'png'
  }
}

export async function transformImage(
  source: Buffer,
  sourceSize: Size,
  spec: TransformSpec,
  format: OutputFormat,
): Promise<Buffer> {
  const geometry = computeGeometry(sourceSize, spec)
  let image = sharp(source, { limitInputPixels: MAX_SOURCE_PIXELS, animated: false }).autoOrient()
  const { region, resized, window, canvas } = geometry
  if (region.width !== sourceSize.width || region.height !== sourceSize.height) image = image.extract(region)
  if (resized.width !== region.width || resized.height !== region.height) {
    image = image.resize(resized.width, resized.height, { fit: 'fill' })
  }
  if (window) image = image.extract(window)
  const outputSize = window ?? resized
  if (canvas) {
    const horizontal = Math.max(0, canvas.width - outputSize.width)
    const vertical = Math.max(0, canvas.height - outputSize.height)
    image = image.extend({
      left: Math.floor(horizontal / 2),
      right: Math.ceil(horizontal / 2),
      top: Math.floor(vertical / 2),
      bottom: Math.ceil(vertical / 2),
      background: spec.background ?? (format === 'jpg' || format === 'pjpg' ? '#ffffff' : '#ffffff00'),
    })
  }
  image = applyEffects(image, spec)
  const bytes = await encode(image, format, spec).toBuffer()
  // Rotation runs as its own pass so that w/h always describe the image before `or` turns it.
  if (spec.orientation) return encode(sharp(bytes).rotate(spec.orientation), format, spec).toBuffer()
  return bytes
}

function applyEffects(image: Sharp, spec: TransformSpec): Sharp {
  let result = image
  if (spec.flipHorizontal) result = result.flop()
  if (spec.flipVertical) result = result.flip()
  if (spec.blur !== undefined && spec.blur > 0)
    result = result.blur(Math.min(200, Math.max(0.3, spec.blur / 10)))
  if (spec.sharpen !== undefined && spec.sharpen > 0)
    result = result.sharpen({ sigma: 0.5 + spec.sharpen / 50 })
  if (spec.saturation !== undefined) result = result.modulate({ saturation: 1 + spec.saturation / 100 })
  if (spec.invert) result = result.negate({ alpha: false })
  return result
}

function encode(input: Sharp, format: OutputFormat, spec: TransformSpec): Sharp {
  const q = Math.max(1, Math.round(spec.quality))
  // bg fills transparent pixels; JPEG has no alpha, so it always gets a background (white by default).
  const isJpeg = format === 'jpg' || format === 'pjpg'
  const background = spec.background ?? (isJpeg ? '#ffffff' : undefined)
  const image = background ? input.flatten({ background }) : input
  switch (format) {
    case 'jpg':
      return image.jpeg({ quality: q })
    case 'pjpg':
      return image.jpeg({ quality: q, progressive: true })
    case 'png':
      return image.png()
    case 'webp':
      return image.webp({ quality: q })
    case 'avif':
      return image.avif({ quality: q, effort: 2 })
    case 'gif':
      return image.gif()
  }
}
