// What an uploaded image is: format, oriented dimensions, alpha, a 20 px LQIP and a palette.
// Anything sharp cannot decode is not an image (400); anything larger than the pixel bound is refused
// before it is decoded in full.
import sharp, { type Metadata } from 'sharp'
import { AssetError } from './asset-error.ts'
import { LQIP_WIDTH, MAX_SOURCE_PIXELS } from './limits.ts'
import { computePalette, type ImagePalette } from './palette.ts'

export interface ImageFormat {
  extension: string
  mimeType: string
}

export interface ImageProbe extends ImageFormat {
  width: number
  height: number
  hasAlpha: boolean
}

export interface ImageMetadata {
  _type: 'sanity.imageMetadata'
  dimensions: { _type: 'sanity.imageDimensions'; width: number; height: number; aspectRatio: number }
  lqip: string
  hasAlpha: boolean
  isOpaque: boolean
  palette: ImagePalette
}

const formats: Record<string, ImageFormat> = {
  jpeg: { extension: 'jpg', mimeType: 'image/jpeg' },
  png: { extension: 'png', mimeType: 'image/png' },
  webp: { extension: 'webp', mimeType: 'image/webp' },
  gif: { extension: 'gif', mimeType: 'image/gif' },
  svg: { extension: 'svg', mimeType: 'image/svg+xml' },
  tiff: { extension: 'tiff', mimeType: 'image/tiff' },
  avif: { extension: 'avif', mimeType: 'image/avif' },
}

/** The MIME type of an original image file from its extension (as stored in asset names). */
export function imageMimeType(extension: string): string {
  return (
    Object.values(formats).find((format) => format.extension === extension)?.mimeType ??
    'application/octet-stream'
  )
}

/** Reads the header only: cheap, and enough to refuse non-images and oversized images. */
export async function probeImage(bytes: Buffer): Promise<ImageProbe> {
  let metadata: Metadata
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    throw new AssetError(400, 'Invalid image: the uploaded file could not be read as an image')
  }
  const format = imageFormat(metadata)
  const width = metadata.autoOrient?.width ?? metadata.width
  const height = metadata.autoOrient?.height ?? metadata.height
  if (!format || !width || !height) {
    throw new AssetError(400, `Invalid image: unsupported image format "${metadata.format ?? 'unknown'}"`)
  }
  if (width * height > MAX_SOURCE_PIXELS) {
    throw new AssetError(
      400,
      `Image too large: ${width}x${height} is ${width * height} pixels, the limit is ${MAX_SOURCE_PIXELS}`,
    )
  }
  return { ...format, width, height, hasAlpha: metadata.hasAlpha ?? false }
}

function imageFormat(metadata: Metadata): ImageFormat | undefined {
  if (metadata.format === 'heif') return metadata.compression === 'av1' ? formats.avif : undefined
  return metadata.format ? formats[metadata.format] : undefined
}

export async function computeImageMetadata(bytes: Buffer, probe: ImageProbe): Promise<ImageMetadata> {
  const [lqip, isOpaque, palette] = await Promise.all([
    computeLqip(bytes),
    probe.hasAlpha
      ? sharp(bytes)
          .stats()
          .then((stats) => stats.isOpaque)
      : Promise.resolve(true),
    computePalette(bytes),
  ])
  return {
    _type: 'sanity.imageMetadata',
    dimensions: {
      _type: 'sanity.imageDimensions',
      width: probe.width,
      height: probe.height,
      aspectRatio: probe.width / probe.height,
    },
    lqip,
    hasAlpha: probe.hasAlpha,
    isOpaque,
    palette,
  }
}

async function computeLqip(bytes: Buffer): Promise<string> {
  const thumbnail = await sharp(bytes)
    .rotate()
    .resize(LQIP_WIDTH)
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 40 })
    .toBuffer()
  return `data:image/jpeg;base64,${thumbnail.toString('base64')}`
}
