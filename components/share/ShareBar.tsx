// The share bar: plain links to each network (they work without JavaScript), then the two buttons that
// need the browser: copy link and the native share sheet. A page renders it above and below a story.
import { useId } from 'react'
import { shareLinks } from '#lib/share.ts'
import { CopyLinkButton } from './CopyLinkButton.tsx'
import { ShareIcon } from './icons.tsx'
import { NativeShareButton } from './NativeShareButton.tsx'
import styles from './ShareBar.module.css'

export interface ShareBarProps {
  /** The story's canonical absolute URL. */
  url: string
  /** The headline. */
  title: string
  /** Visible label before the buttons. */
  label?: string
  /** The site's X handle (siteSettings.social.x), added as `via`. */
  xHandle?: string | null
  className?: string
}

export function ShareBar({ url, title, label = 'Share this article:', xHandle, className }: ShareBarProps) {
  const labelId = useId()
  const links = shareLinks({ url, title, xHandle })
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of links, not form controls; <fieldset> belongs in forms.
    <div
      role="group"
      aria-labelledby={labelId}
      className={className ? `${styles.bar} ${className}` : styles.bar}
    >
      <span id={labelId} className={styles.label}>
        {label}
      </span>
      <ul className={styles.list}>
        {links.map((link) => (
          <li key={link.network}>
            <a
              className={styles.link}
              href={link.href}
              aria-label={link.accessibleName}
              title={link.accessibleName}
              {...(link.opensNewWindow ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
              data-network={link.network}
            >
              <ShareIcon name={link.network} />
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} />
        </li>
        <li>
          <NativeShareButton url={url} title={title} />
        </li>
      </ul>
    </div>
  )
}
