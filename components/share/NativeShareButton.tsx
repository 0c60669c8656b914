'use client'
// The system share sheet, where the browser has one. It is rendered only after mount, once
// `navigator.share` is known to exist, so server HTML and browsers without it never show a dead button.
import { useEffect, useState } from 'react'
import { ShareIcon } from './icons.tsx'
import styles from './ShareBar.module.css'

function hasNativeShare(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function'
}

export function NativeShareButton({ url, title }: { url: string; title: string }) {
  const [supported, setSupported] = useState(false)
  useEffect(() => setSupported(hasNativeShare()), [])
  if (!supported) return null

  async function share() {
    try {
      await navigator.share({ title, url })
    } catch {
      // The reader closed the sheet (AbortError) or the share failed; the other buttons remain.
    }
  }

  return (
    <button type="button" className={styles.button} onClick={share}>
      <ShareIcon name="native" />
      <span>Share…</span>
    </button>
  )
}
