// The story body: Portable Text with the magazine's blocks. Links only for allow-listed schemes.
import {
  PortableText,
  type PortableTextComponents,
  type PortableTextMarkComponentProps,
} from '@portabletext/react'
import { isExternalHref, safeHref } from '#lib/portable-text/links.ts'
import type { Body } from '#lib/queries/body.ts'
import styles from './ArticleBody.module.css'
import { BodyImage, PullQuote, ReleaseInfo, VideoEmbed } from './body/BodyBlocks.tsx'

function LinkMark({ value, children }: PortableTextMarkComponentProps) {
  const href = safeHref(value?.href)
  if (!href) return <>{children}</>
  return isExternalHref(href) ? (
    <a href={href} rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={href}>{children}</a>
  )
}

const components: PortableTextComponents = {
  types: {
    image: BodyImage,
    pullQuote: PullQuote,
    videoEmbed: VideoEmbed,
    releaseInfo: ReleaseInfo,
  },
  marks: { link: LinkMark },
  block: {
    normal: ({ children }) => <p>{children}</p>,
    h2: ({ children }) => <h2>{children}</h2>,
    h3: ({ children }) => <h3>{children}</h3>,
    blockquote: ({ children }) => <blockquote>{children}</blockquote>,
  },
  // Unknown block types (added to the schema before the site knows them) render nothing.
  unknownType: () => null,
}

export function ArticleBody({ body }: { body: Body }) {
  return (
    <div className={styles.body}>
      <PortableText value={body} components={components} onMissingComponent={false} />
    </div>
  )
}
