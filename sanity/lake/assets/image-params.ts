// Sanity's image URL parameters (https://www.sanity.io/docs/image-urls) parsed into a transform spec.
// Unknown parameters are ignored, as Sanity does; known ones with bad values, and sizes over the output
// bound, are a 400 with a message naming the parameter.
import { AssetError } from './asset-error.ts'
import { DEFAULT_QUALITY, MAX_DPR, MAX_OUTPUT_SIDE, MIN_DPR } from './limits.ts'

export const fitModes = ['clip', 'crop', 'fill', 'fillmax', 'max', 'scale', 'min'] as const
export type FitMode = (typeof fitModes)[number]

export const cropModes = ['top', 'bottom', 'left', 'right', 'center', 'focalpoint', 'entropy'] as const
export type CropMode = (typeof cropModes)[number]

export const outputFormats = ['jpg', 'pjpg', 'png', 'webp', 'avif', 'gif'] as const
export type OutputFormat = (typeof outputFormats)[number]

export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

export interface TransformSpec {
  width?: number
  height?: number
  minWidth?: number
  minHeight?: number
  maxWidth?: number
  maxHeight?: number
  fit: FitMode
  crop: CropMode[]
  focalPoint?: { x: number; y: number }
  rect?: Rect
  format?: OutputFormat
  autoFormat: boolean
  quality: number
  dpr: number
  background?: string
  blur?: number
  sharpen?: number
  flipHorizontal: boolean
  flipVertical: boolean
  orientation?: 0 | 90 | 180 | 270
  saturation?: number
  invert: boolean
  download?: string
}

/** The parameters that change the output; a URL with none of them is served as the original bytes. */
const transformingParams = [
  'w',
  'h',
  'min-w',
  'min-h',
  'max-w',
  'max-h',
  'fit',
  'crop',
  'fp-x',
  'fp-y',
  'rect',
  'fm',
  'auto',
  'q',
  'dpr',
  'bg',
  'blur',
  'sharp',
  'flip',
  'or',
  'sat',
  'invert',
]

export function hasTransform(params: URLSearchParams): boolean {
  return transformingParams.some((name) => params.has(name))
}

export function parseTransformParams(params: URLSearchParams): TransformSpec {
  const dpr = clamp(number(params, 'dpr', 0, 100) ?? 1, MIN_DPR, MAX_DPR)
  const spec: TransformSpec = {
    width: size(params, 'w', dpr),
    height: size(params, 'h', dpr),
    minWidth: size(params, 'min-w', dpr),
    minHeight: size(params, 'min-h', dpr),
    // A maximum only ever shrinks the output, so it is clamped rather than refused.
    maxWidth: optionalMin(number(params, 'max-w', 1, Number.MAX_SAFE_INTEGER), MAX_OUTPUT_SIDE),
    maxHeight: optionalMin(number(params, 'max-h', 1, Number.MAX_SAFE_INTEGER), MAX_OUTPUT_SIDE),
    fit: oneOf(params, 'fit', fitModes) ?? 'clip',
    crop: cropList(params),
    focalPoint: focalPoint(params),
    rect: rect(params),
    format: outputFormat(params),
    autoFormat: params.get('auto') === 'format',
    quality: number(params, 'q', 0, 100) ?? DEFAULT_QUALITY,
    dpr,
    background: colour(params),
    blur: number(params, 'blur', 0, 2000),
    sharpen: number(params, 'sharp', 0, 100),
    flipHorizontal: (params.get('flip') ?? '').includes('h'),
    flipVertical: (params.get('flip') ?? '').includes('v'),
    orientation: orientation(params),
    saturation: number(params, 'sat', -100, 100),
    invert: params.get('invert') === 'true' || params.get('invert') === '1',
    download: params.get('dl') ?? undefined,
  }
  return spec
}

/** A stable string for a spec: the cache key and part of the ETag. */
export function canonicalSpec(spec: TransformSpec): string {
  return JSON.stringify(spec, Object.keys(spec).sort())
}

function badParam(name: string, problem: string): AssetError {
  return new AssetError(400, `Invalid image parameter "${name}": ${problem}`)
}

function number(params: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = params.get(name)
  if (raw === null || raw === '') return undefined
  const value = Number(raw)
  if (!Number.isFinite(value)) throw badParam(name, `expected a number, got "${raw}"`)
  if (value < min || value > max) throw badParam(name, `must be between ${min} and ${max}, got ${raw}`)
  return value
}

function size(params: URLSearchParams, name: string, dpr: number): number | undefined {
  const value = number(params, name, 1, Number.MAX_SAFE_INTEGER)
  if (value === undefined) return undefined
  const pixels = Math.round(value * dpr)
  if (pixels > MAX_OUTPUT_SIDE) {
    throw badParam(
      name,
      `the requested size ${pixels}px${dpr === 1 ? '' : ` (${value} x dpr ${dpr})`} exceeds the maximum of ${MAX_OUTPUT_SIDE}px`,
    )
  }
  return pixels
}

function oneOf<const Values extends readonly string[]>(
  params: URLSearchParams,
  name: string,
  values: Values,
): Values[number] | undefined {
  const raw = params.get(name)
  if (raw === null || raw === '') return undefined
  const found = values.find((value) => value === raw)
  if (!found) throw badParam(name, `expected one of ${values.join(', ')}, got "${raw}"`)
  return found
}

function outputFormat(params: URLSearchParams): OutputFormat | undefined {
  // `fm=jpeg` is common in hand-written URLs and means jpg.
  if (params.get('fm') === 'jpeg') return 'jpg'
  return oneOf(params, 'fm', outputFormats)
}

function cropList(params: URLSearchParams): CropMode[] {
  const raw = params.get('crop')
  if (!raw) return []
  return raw.split(',').map((part) => {
    const found = cropModes.find((mode) => mode === part.trim())
    if (!found) throw badParam('crop', `expected ${cropModes.join(', ')}, got "${part}"`)
    return found
  })
}

function focalPoint(params: URLSearchParams): { x: number; y: number } | undefined {
  const x = number(params, 'fp-x', 0, 1)
  const y = number(params, 'fp-y', 0, 1)
  if (x === undefined && y === undefined) return undefined
  return { x: x ?? 0.5, y: y ?? 0.5 }
}

function rect(params: URLSearchParams): Rect | undefined {
  const raw = params.get('rect')
  if (!raw) return undefined
  const parts = raw.split(',').map(Number)
  const [left = -1, top = -1, width = 0, height = 0] = parts
  if (
    parts.length !== 4 ||
    !parts.every(Number.isInteger) ||
    left < 0 ||
    top < 0 ||
    width < 1 ||
    height < 1
  ) {
    throw badParam('rect', `expected "left,top,width,height" in whole pixels, got "${raw}"`)
  }
  return { left, top, width, height }
}

function colour(params: URLSearchParams): string | undefined {
  const raw = params.get('bg')
  if (!raw) return undefined
  const hex = raw.replace(/^#/, '')
  if (!/^([0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/.test(hex)) {
    throw badParam('bg', `expected a hex colour (RGB, ARGB, RRGGBB or AARRGGBB), got "${raw}"`)
  }
  // Sanity puts alpha first (ARGB); sharp wants it last.
  if (hex.length === 4) return `#${hex.slice(1)}${hex.slice(0, 1)}`
  if (hex.length === 8) return `#${hex.slice(2)}${hex.slice(0, 2)}`
  return `#${hex}`
}

function orientation(params: URLSearchParams): TransformSpec['orientation'] {
  const raw = params.get('or')
  if (raw === null || raw === '') return undefined
  const angle = ([0, 90, 180, 270] as const).find((candidate) => String(candidate) === raw)
  if (angle === undefined) throw badParam('or', `expected 0, 90, 180 or 270, got "${raw}"`)
  return angle
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

function optionalMin(value: number | undefined, cap: number): number | undefined {
  return value === undefined ? undefined : Math.min(Math.round(value), cap)
}
