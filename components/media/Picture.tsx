// An image with srcset/sizes, intrinsic width and height (no layout shift) and the asset's blur
// placeholder painted behind it until it loads. Lazy unless it is the page's lead image, which is also preloaded
// from the document's head (same srcset and sizes, high priority), so the browser fetches the right width before it
// has parsed the stylesheet and laid out the page.
import { preload } from 'react-dom'
import { type ImageOptions, imageProps } from '#lib/image.ts'
import type { Figure } from '#lib/queries/fragments.ts'
import styles from './Picture.module.css'

export interface PictureProps extends ImageOptions {
  figure: Figure | null | undefined
  /** The page's lead image: loaded eagerly and with high priority. */
  priority?: boolean
  className?: string
}

export function Picture({ figure, priority = false, className, ...options }: PictureProps) {
  const image = imageProps(figure, options)
  if (!image) return null
  if (priority) {
    preload(image.src, {
      as: 'image',
      imageSrcSet: image.srcSet,
      imageSizes: image.sizes,
      fetchPriority: 'high',
    })
  }
  return (
    // biome-ignore lint/performance/noImgElement: srcset comes from the lake's (or Sanity's) image endpoint, not next/image.
    <img
      className={className ? `${styles.picture} ${className}` : styles.picture}
      src={image.src}
      srcSet={image.srcSet}
      sizes={image.sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      fetchPriority={priority ? 'high' : 'auto'}
      style={image.placeholder ? { backgroundImage: `url("${image.placeholder}")` } : undefined}
    />
  )
}
