// A figure with its caption and credit, as used for hero and inline images.
import type { Figure } from '#lib/queries/fragments.ts'
import styles from './FigureBlock.module.css'
import { Picture, type PictureProps } from './Picture.tsx'

export interface FigureBlockProps extends Omit<PictureProps, 'figure'> {
  figure: Figure | null | undefined
  variant?: 'hero' | 'inline'
}

export function FigureBlock({ figure, variant = 'inline', ...pictureProps }: FigureBlockProps) {
  if (!figure?.asset) return null
  const hasCaption = Boolean(figure.caption || figure.credit)
  return (
    <figure className={`${styles.figure} ${styles[variant]}`}>
      <Picture figure={figure} {...pictureProps} />
      {hasCaption ? (
        <figcaption className={styles.caption}>
          {figure.caption ? <span>{figure.caption}</span> : null}
          {figure.credit ? <span className={styles.credit}>{figure.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
