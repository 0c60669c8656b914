'use client'
// Copies the canonical URL. When the browser refuses the clipboard (permissions, insecure origin, old
// browser), the URL appears in a selected read-only field so the reader can copy it by hand.
import { useRef, useState } from 'react'
import { ShareIcon } from './icons.tsx'
import styles from './ShareBar.module.css'

type CopyState = 'idle' | 'copied' | 'manual'

export const COPIED_MESSAGE = 'Link copied'
export const MANUAL_COPY_MESSAGE = 'Press Ctrl+C (⌘C on a Mac) to copy the link'

async function writeToClipboard(text: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || !('clipboard' in navigator) || !navigator.clipboard) return false
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

export function CopyLinkButton({ url }: { url: string }) {
  const [state, setState] = useState<CopyState>('idle')
  const fieldRef = useRef<HTMLInputElement>(null)

  async function copy() {
    if (await writeToClipboard(url)) {
      setState('copied')
      return
    }
    setState('manual')
    // The field renders on this state change; select it on the next frame.
    requestAnimationFrame(() => {
      fieldRef.current?.focus()
      fieldRef.current?.select()
    })
  }

  return (
    <span className={styles.copy}>
      <button type="button" className={styles.button} onClick={copy}>
        <ShareIcon name="copy" />
        <span>Copy link</span>
      </button>
      {state === 'manual' ? (
        <input
          ref={fieldRef}
          className={styles.manualField}
          type="text"
          readOnly
          value={url}
          aria-label="Link to this article"
          onFocus={(event) => event.currentTarget.select()}
        />
      ) : null}
      <span role="status" aria-live="polite" className={styles.status}>
        {state === 'copied' ? COPIED_MESSAGE : state === 'manual' ? MANUAL_COPY_MESSAGE : ''}
      </span>
    </span>
  )
}
