// Renderers for the body's custom blocks. Each validates its value with the schema from
// lib/queries/body.ts, so a malformed block renders nothing instead of breaking the page.
import { releaseLine } from '#lib/film-format.ts'
import { parseVideoUrl } from '#lib/portable-text/video.ts'
import { bodyImageSchema, pullQuoteSchema, releaseInfoSchema, videoEmbedSchema } from '#lib/queries/body.ts'
import { FigureBlock } from '../../media/FigureBlock.tsx'
import styles from './BodyBlocks.module.css'
import { VideoFacade } from './VideoFacade.tsx'

export function BodyImage({ value }: { value: unknown }) {
  const parsed = bodyImageSchema.safeParse(value)
  if (!parsed.success) return null
  return (
    <FigureBlock figure={parsed.data} sizes="(min-width: 64rem) 40rem, calc(100vw - 2rem)" maxWidth={1600} />
  )
}

export function PullQuote({ value }: { value: unknown }) {
  const parsed = pullQuoteSchema.safeParse(value)
  if (!parsed.success) return null
  return (
    <figure className={styles.pullQuote}>
      <blockquote>
        <p>{parsed.data.text}</p>
      </blockquote>
      {parsed.data.attribution ? <figcaption>{parsed.data.attribution}</figcaption> : null}
    </figure>
  )
}

export function VideoEmbed({ value }: { value: unknown }) {
  const parsed = videoEmbedSchema.safeParse(value)
  if (!parsed.success) return null
  const source = parseVideoUrl(parsed.data.url)
  if (!source) return null
  const caption = parsed.data.caption
  return (
    <figure className={styles.video}>
      <VideoFacade source={source} url={parsed.data.url} title={caption ?? 'Video'} />
      {caption ? <figcaption className={styles.videoCaption}>{caption}</figcaption> : null}
    </figure>
  )
}

export function ReleaseInfo({ value }: { value: unknown }) {
  const parsed = releaseInfoSchema.safeParse(value)
  if (!parsed.success) return null
  return <p className={styles.release}>{releaseLine(parsed.data)}</p>
}
