'use client'
import { useRouter } from 'next/navigation'
// next-sanity's <VisualEditing /> for draft mode: click-to-edit overlays from the stega in the page, and
// Presentation's navigation and perspective switches. The site's <SanityLive /> is anonymous (no token in
// the browser), so it hears nothing of drafts: when the editor changes a draft, the page is refreshed here.
import { VisualEditing } from 'next-sanity/visual-editing/client-component'
import { perspectiveChangeAction, variantChangeAction } from 'next-sanity/visual-editing/server-actions'
import { useCallback } from 'react'

type RefreshPayload = { source: 'manual' } | { source: 'mutation' }

/** Presentation reports every keystroke; the server render after it shows the draft as saved. */
const SETTLE_MS = 1000

export function PreviewEditing() {
  const router = useRouter()
  const refresh = useCallback(
    (_payload: RefreshPayload) => {
      router.refresh()
      return new Promise<void>((resolve) => setTimeout(resolve, SETTLE_MS))
    },
    [router],
  )
  return (
    <VisualEditing
      refresh={refresh}
      onPerspectiveChange={perspectiveChangeAction}
      onVariantChange={variantChangeAction}
    />
  )
}
