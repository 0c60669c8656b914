// A cheap colour palette in Sanity's shape (dominant, vibrant, muted and their light/dark variants),
// computed from a 32 x 32 thumbnail: colours are bucketed, then each swatch picks the bucket that best
// matches its saturation/lightness target, the way node-vibrant (which Sanity uses) scores them.
import sharp from 'sharp'

export interface PaletteSwatch {
  _type: 'sanity.imagePaletteSwatch'
  background: string
  foreground: string
  title: string
  population: number
}

export type SwatchName =
  | 'dominant'
  | 'vibrant'
  | 'lightVibrant'
  | 'darkVibrant'
  | 'muted'
  | 'lightMuted'
  | 'darkMuted'

export type ImagePalette = { _type: 'sanity.imagePalette' } & Partial<Record<SwatchName, PaletteSwatch>>

interface Bucket {
  red: number
  green: number
  blue: number
  count: number
  saturation: number
  lightness: number
}

interface Target {
  name: Exclude<SwatchName, 'dominant'>
  minSaturation: number
  maxSaturation: number
  targetSaturation: number
  minLightness: number
  maxLightness: number
  targetLightness: number
}

const vibrant = { minSaturation: 0.35, maxSaturation: 1, targetSaturation: 1 }
const muted = { minSaturation: 0, maxSaturation: 0.4, targetSaturation: 0.3 }
const targets: Target[] = [
  { name: 'vibrant', ...vibrant, minLightness: 0.3, maxLightness: 0.7, targetLightness: 0.5 },
  { name: 'lightVibrant', ...vibrant, minLightness: 0.55, maxLightness: 1, targetLightness: 0.74 },
  { name: 'darkVibrant', ...vibrant, minLightness: 0, maxLightness: 0.45, targetLightness: 0.26 },
  { name: 'muted', ...muted, minLightness: 0.3, maxLightness: 0.7, targetLightness: 0.5 },
  { name: 'lightMuted', ...muted, minLightness: 0.55, maxLightness: 1, targetLightness: 0.74 },
  { name: 'darkMuted', ...muted, minLightness: 0, maxLightness: 0.45, targetLightness: 0.26 },
]

export async function computePalette(input: Buffer): Promise<ImagePalette> {
  const { data, info } = await sharp(input, { animated: false })
    .rotate()
    .resize(32, 32, { fit: 'inside' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const buckets = bucketColours(data, info.channels)
  const pixels = data.length / info.channels
  const palette: ImagePalette = { _type: 'sanity.imagePalette' }
  const dominant = buckets.reduce<Bucket | undefined>(
    (best, bucket) => (!best || bucket.count > best.count ? bucket : best),
    undefined,
  )
  if (!dominant) return palette
  palette.dominant = swatch(dominant, pixels)
  const maxCount = dominant.count
  for (const target of targets) {
    const best = pickBucket(buckets, target, maxCount)
    if (best) palette[target.name] = swatch(best, pixels)
  }
  return palette
}

function bucketColours(data: Buffer, channels: number): Bucket[] {
  const sums = new Map<number, { red: number; green: number; blue: number; count: number }>()
  for (let offset = 0; offset + 2 < data.length; offset += channels) {
    const red = data[offset] ?? 0
    const green = data[offset + 1] ?? 0
    const blue = data[offset + 2] ?? 0
    // 4 bits per channel: near colours share a bucket, the bucket keeps their average.
    const key = ((red >> 4) << 8) | ((green >> 4) << 4) | (blue >> 4)
    const sum = sums.get(key) ?? { red: 0, green: 0, blue: 0, count: 0 }
    sum.red += red
    sum.green += green
    sum.blue += blue
    sum.count += 1
    sums.set(key, sum)
  }
  return [...sums.values()].map((sum) => {
    const red = Math.round(sum.red / sum.count)
    const green = Math.round(sum.green / sum.count)
    const blue = Math.round(sum.blue / sum.count)
    return { red, green, blue, count: sum.count, ...saturationAndLightness(red, green, blue) }
  })
}

function pickBucket(buckets: Bucket[], target: Target, maxCount: number): Bucket | undefined {
  let best: Bucket | undefined
  let bestScore = -1
  for (const bucket of buckets) {
    if (bucket.saturation < target.minSaturation || bucket.saturation > target.maxSaturation) continue
    if (bucket.lightness < target.minLightness || bucket.lightness > target.maxLightness) continue
    const score =
      (1 - Math.abs(bucket.saturation - target.targetSaturation)) * 3 +
      (1 - Math.abs(bucket.lightness - target.targetLightness)) * 6.5 +
      (bucket.count / maxCount) * 0.5
    if (score > bestScore) {
      best = bucket
      bestScore = score
    }
  }
  return best
}

function saturationAndLightness(red: number, green: number, blue: number) {
  const max = Math.max(red, green, blue) / 255
  const min = Math.min(red, green, blue) / 255
  const lightness = (max + min) / 2
  const delta = max - min
  const saturation = delta === 0 ? 0 : delta / (1 - Math.abs(2 * lightness - 1))
  return { saturation, lightness }
}

function swatch(bucket: Bucket, pixels: number): PaletteSwatch {
  const hex = (value: number) => value.toString(16).padStart(2, '0')
  const background = `#${hex(bucket.red)}${hex(bucket.green)}${hex(bucket.blue)}`
  // Relative luminance decides whether text on this colour should be light or dark.
  const luminance = (0.2126 * bucket.red + 0.7152 * bucket.green + 0.0722 * bucket.blue) / 255
  const foreground = luminance < 0.5 ? '#fff' : '#000'
  return {
    _type: 'sanity.imagePaletteSwatch',
    background,
    foreground,
    title: foreground,
    population: Math.round((bucket.count / pixels) * 10000) / 100,
  }
}
