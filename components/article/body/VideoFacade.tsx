'use client'
// A 'lite' video embed: a plain button until the reader asks to play. Nothing is requested from
// YouTube or Vimeo before the click — no player, no script, not even a thumbnail.
import { useState } from 'react'
import type { VideoSource } from '#lib/portable-text/video.ts'
import styles from './VideoFacade.module.css'

const PROVIDER_NAMES = { youtube: 'YouTube', vimeo: 'Vimeo' } as const

export interface VideoFacadeProps {
  source: VideoSource
  /** The original URL, offered as a plain link for readers who prefer the provider's site. */
  url: string
  title: string
}

export function VideoFacade({ source, url, title }: VideoFacadeProps) {
  const [playing, setPlaying] = useState(false)
  const provider = PROVIDER_NAMES[source.provider]
  return (
    <div className={styles.frame}>
      {playing ? (
        <iframe
          className={styles.player}
          src={source.embedUrl}
          title={title}
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      ) : (
        <button
          type="button"
          className={styles.poster}
          onClick={() => setPlaying(true)}
          aria-label={`Play video: ${title} (plays from ${provider})`}
        >
          <span className={styles.play} aria-hidden="true">
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M8 5v14l11-7z" />
            </svg>
          </span>
          <span className={styles.label} aria-hidden="true">
            {title}
          </span>
          <span className={styles.provider} aria-hidden="true">
            Plays from {provider}
          </span>
        </button>
      )}
      <a className={styles.external} href={url} rel="noopener noreferrer" target="_blank">
        Watch on {provider}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </div>
  )
}
