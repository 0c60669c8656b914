// Where the pixels go: the source region, the resized size and the output window for each of Sanity's
// fit modes. Pure arithmetic, so every mode can be tested without decoding an image.
import type { CropMode, Rect, TransformSpec } from './image-params.ts'

export interface Size {
  width: number
  height: number
}

export interface Geometry {
  /** Region of the (oriented) source to use; the whole image unless `rect` is given. */
  region: Rect
  /** Size the region is resized to (aspect ratio kept unless fit=scale). */
  resized: Size
  /** Window cut out of the resized image (fit=crop and fit=min), or undefined. */
  window?: Rect
  /** Canvas the result is centred on with the background colour (fit=fill and fit=fillmax), or undefined. */
  canvas?: Size
}

export function computeGeometry(source: Size, spec: TransformSpec): Geometry {
  const region = clampRect(spec.rect, source)
  const requested = { width: spec.width, height: spec.height }
  if (requested.width === undefined || requested.height === undefined) {
    return { region, resized: boundBy(oneSided(region, requested, spec.fit), spec) }
  }
  const target = { width: requested.width, height: requested.height }
  switch (spec.fit) {
    case 'scale':
      return { region, resized: target }
    case 'crop':
    case 'min': {
      // min: the requested aspect ratio, but never larger than the region itself.
      const shrink =
        spec.fit === 'min' ? Math.min(1, region.width / target.width, region.height / target.height) : 1
      const out = { width: atLeastOne(target.width * shrink), height: atLeastOne(target.height * shrink) }
      const cover = Math.max(out.width / region.width, out.height / region.height)
      const resized = { width: atLeastOne(region.width * cover), height: atLeastOne(region.height * cover) }
      return { region, resized, window: cropWindow(resized, out, spec) }
    }
    case 'fill':
    case 'fillmax': {
      const limit = spec.fit === 'fillmax' ? 1 : Number.POSITIVE_INFINITY
      const scale = Math.min(target.width / region.width, target.height / region.height, limit)
      return { region, resized: scaled(region, scale), canvas: target }
    }
    case 'max': {
      const scale = Math.min(target.width / region.width, target.height / region.height, 1)
      return { region, resized: boundBy(scaled(region, scale), spec) }
    }
    case 'clip': {
      const scale = Math.min(target.width / region.width, target.height / region.height)
      return { region, resized: boundBy(scaled(region, scale), spec) }
    }
  }
}

function oneSided(
  region: Rect,
  requested: { width?: number; height?: number },
  fit: TransformSpec['fit'],
): Size {
  const noUpscale = fit === 'max' || fit === 'fillmax' || fit === 'min'
  let scale = 1
  if (requested.width !== undefined) scale = requested.width / region.width
  else if (requested.height !== undefined) scale = requested.height / region.height
  if (noUpscale) scale = Math.min(scale, 1)
  return scaled(region, scale)
}

/** min-w/min-h grow, max-w/max-h shrink, keeping the aspect ratio. */
function boundBy(size: Size, spec: TransformSpec): Size {
  let scale = 1
  if (spec.minWidth !== undefined && size.width < spec.minWidth) scale = spec.minWidth / size.width
  if (spec.minHeight !== undefined && size.height * scale < spec.minHeight)
    scale = spec.minHeight / size.height
  if (spec.maxWidth !== undefined && size.width * scale > spec.maxWidth) scale = spec.maxWidth / size.width
  if (spec.maxHeight !== undefined && size.height * scale > spec.maxHeight)
    scale = spec.maxHeight / size.height
  return scale === 1 ? size : scaled(size, scale)
}

function cropWindow(resized: Size, out: Size, spec: TransformSpec): Rect {
  const width = Math.min(out.width, resized.width)
  const height = Math.min(out.height, resized.height)
  const focal = spec.focalPoint ?? (spec.crop.includes('focalpoint') ? { x: 0.5, y: 0.5 } : undefined)
  const left = focal
    ? centredOn(focal.x * resized.width, width, resized.width)
    : aligned(spec.crop, 'left', 'right', resized.width - width)
  const top = focal
    ? centredOn(focal.y * resized.height, height, resized.height)
    : aligned(spec.crop, 'top', 'bottom', resized.height - height)
  return { left, top, width, height }
}

function centredOn(centre: number, length: number, total: number): number {
  return Math.round(Math.min(Math.max(centre - length / 2, 0), total - length))
}

function aligned(crop: CropMode[], start: CropMode, end: CropMode, slack: number): number {
  if (crop.includes(start)) return 0
  if (crop.includes(end)) return slack
  return Math.round(slack / 2)
}

function clampRect(rect: Rect | undefined, source: Size): Rect {
  if (!rect) return { left: 0, top: 0, width: source.width, height: source.height }
  const left = Math.min(rect.left, source.width - 1)
  const top = Math.min(rect.top, source.height - 1)
  return {
    left,
    top,
    width: Math.min(rect.width, source.width - left),
    height: Math.min(rect.height, source.height - top),
  }
}

function scaled(size: Size, scale: number): Size {
  return { width: atLeastOne(size.width * scale), height: atLeastOne(size.height * scale) }
}

function atLeastOne(value: number): number {
  return Math.max(1, Math.round(value))
}
