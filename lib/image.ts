// Image URLs for <img srcset>: built with @sanity/image-url against the lake's image endpoint
// (through the site: `{site}/images/local/{dataset}/...`) or Sanity's CDN. Crop and hotspot are honoured when a
// fixed aspect ratio is asked for; the blur placeholder is the asset's LQIP from its metadata.
import { createImageUrlBuilder, type ImageUrlBuilder } from '@sanity/image-url'
import { getEnv, type SanityEnv } from './env.ts'
import type { Figure } from './queries/fragments.ts'

const HOSTED_IMAGE_BASE = 'https://cdn.sanity.io'
const WIDTHS = [320, 480, 640, 800, 1024, 1280, 1600, 2000]

export interface ImageProps {
  src: string
  srcSet: string
  sizes: string
  width: number
  height: number
  alt: string
  /** A data: URL to paint behind the image while it loads. */
  placeholder: string | undefined
}

export interface ImageOptions {
  /** The `sizes` attribute: how wide the image is drawn at each breakpoint. */
  sizes: string
  /** Width divided by height to crop to (hotspot-aware); the image's own ratio when left out. */
  aspectRatio?: number
  /** The widest rendition worth offering. */
  maxWidth?: number
}

/**
 * Who will fetch the URL. Readers (img src, og:image, JSON-LD) get the site's own origin, which passes
 * /images through to the lake (app/images): the lake listens on loopback only. Server code, such as the
 * share-image renderer, fetches the lake directly.
 */
export type ImageAudience = 'reader' | 'server'

function imageBaseUrl(env: SanityEnv, audience: ImageAudience): string {
  if (env.backend === 'hosted') return HOSTED_IMAGE_BASE
  return audience === 'reader' ? env.siteUrl : env.apiHost
}

export function imageBuilder(env: SanityEnv = getEnv(), audience: ImageAudience = 'reader'): ImageUrlBuilder {
  const baseUrl = imageBaseUrl(env, audience)
  return createImageUrlBuilder({ projectId: env.projectId, dataset: env.dataset, baseUrl })
}

/** The visible size of the image after the editor's crop. */
function croppedSize(figure: Figure): { width: number; height: number } | undefined {
  const dimensions = figure.asset?.metadata?.dimensions
  if (!dimensions) return undefined
  const crop = figure.crop ?? { top: 0, bottom: 0, left: 0, right: 0 }
  return {
    width: Math.round(dimensions.width * (1 - crop.left - crop.right)),
    height: Math.round(dimensions.height * (1 - crop.top - crop.bottom)),
  }
}

/** Everything an <img> needs, or undefined when the figure has no usable asset. */
export function imageProps(
  figure: Figure | null | undefined,
  options: ImageOptions,
  builder: ImageUrlBuilder = imageBuilder(),
): ImageProps | undefined {
  const asset = figure?.asset
  if (!figure || !asset) return undefined
  const natural = croppedSize(figure) ?? { width: 1600, height: 900 }
  const ratio = options.aspectRatio ?? natural.width / natural.height
  const largest = Math.round(
    Math.min(natural.width, natural.height * ratio, options.maxWidth ?? WIDTHS[WIDTHS.length - 1] ?? 2000),
  )
  const widths = WIDTHS.filter((width) => width < largest).concat(largest)
  const source = {
    asset: { _ref: asset._id },
    ...(figure.crop ? { crop: figure.crop } : {}),
    ...(figure.hotspot ? { hotspot: figure.hotspot } : {}),
  }
  const urlAt = (width: number): string =>
    builder
      .image(source)
      .width(width)
      .height(Math.round(width / ratio))
      .fit('crop')
      .auto('format')
      .url()
  const defaultWidth = widths.find((width) => width >= 800) ?? largest
  return {
    src: urlAt(defaultWidth),
    srcSet: widths.map((width) => `${urlAt(width)} ${width}w`).join(', '),
    sizes: options.sizes,
    width: defaultWidth,
    height: Math.round(defaultWidth / ratio),
    alt: figure.alt ?? '',
    placeholder: asset.metadata?.lqip ?? undefined,
  }
}
