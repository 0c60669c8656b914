'use client'
// Renders its children only once the page has loaded, settled and is being looked at. The reader layout
// wraps next-sanity's `<SanityLive />` in it: its client (about 41 KB gzip of @sanity/client and the event
// source machinery) otherwise downloads and runs right after hydration, competing with the reader's first
// scroll and tap for the main thread, to listen for a publish that is rare in a page's first seconds.
// A background tab waits until it is shown. `<SanityLive />` keeps the connection once it has it.
import { type ReactNode, useEffect, useState } from 'react'

/**
 * After `load`, this long a pause first. A page counts as interactive from the start of 5 s without a long
 * task (time to interactive); the live client's start-up is one (up to ~200 ms on a slow phone), so it
 * comes after that window instead of extending it. The cost: a publish in those seconds reaches the page
 * with the next one or a reload (before, the gap was the time to hydrate).
 */
export const SETTLE_AFTER_LOAD_MS = 5000
/** requestIdleCallback's deadline, so a busy page still gets its live updates. */
export const IDLE_TIMEOUT_MS = 3000

function whenLoaded(then: () => void): () => void {
  if (document.readyState === 'complete') {
    then()
    return () => {}
  }
  window.addEventListener('load', then, { once: true })
  return () => window.removeEventListener('load', then)
}

function whenVisible(then: () => void): () => void {
  if (document.visibilityState === 'visible') {
    then()
    return () => {}
  }
  const onChange = () => {
    if (document.visibilityState !== 'visible') return
    document.removeEventListener('visibilitychange', onChange)
    then()
  }
  document.addEventListener('visibilitychange', onChange)
  return () => document.removeEventListener('visibilitychange', onChange)
}

function whenIdle(then: () => void): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(then, 0)
    return () => window.clearTimeout(timer)
  }
  const handle = window.requestIdleCallback(then, { timeout: IDLE_TIMEOUT_MS })
  return () => window.cancelIdleCallback(handle)
}

export function RenderWhenIdle({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    const cleanups: Array<() => void> = []
    cleanups.push(
      whenLoaded(() => {
        const timer = window.setTimeout(() => {
          cleanups.push(whenVisible(() => cleanups.push(whenIdle(() => setReady(true)))))
        }, SETTLE_AFTER_LOAD_MS)
        cleanups.push(() => window.clearTimeout(timer))
      }),
    )
    return () => {
      for (const cleanup of cleanups) cleanup()
    }
  }, [])
  return ready ? children : null
}
