'use client'
// Checks that this browser can reach the lake over HTTPS. Without the lake's CA the Studio would sit read-only with
// failing requests; this replaces it with a plain message and the one step that fixes it. The Studio renders while
// the check runs (a loopback request, milliseconds), so the static page keeps the Studio's shell.
import { type ReactNode, useEffect, useState } from 'react'
import styles from './LakeGate.module.css'
import { type LakeHealthUrls, type LakeReachability, probeLake } from './lake-probe.ts'

type GateState = LakeReachability | 'checking'

interface LakeGateProps {
  urls: LakeHealthUrls
  children: ReactNode
  /** Told the outcome of the check (tests wait on it). */
  onChecked?: (result: LakeReachability) => void
}

export function LakeGate({ urls, children, onChecked }: LakeGateProps) {
  const [state, setState] = useState<GateState>('checking')
  useEffect(() => {
    let current = true
    probeLake(urls).then((result) => {
      if (!current) return
      setState(result)
      onChecked?.(result)
    })
    return () => {
      current = false
    }
  }, [urls, onChecked])

  if (state === 'reachable' || state === 'checking') return children
  const origin = new URL(urls.studio).origin
  return (
    <main className={styles.panel}>
      <div role="alert">
        {state === 'untrusted' ? (
          <>
            <h1>This browser does not trust the local lake yet</h1>
            <p>
              The Studio talks to the lake at <code>{origin}</code> over HTTPS, and this browser does not know
              the lake&apos;s own certificate authority. In the project folder, run{' '}
              <code>npm run lake -- trust</code>, restart the browser if it was open, then reload this page.
            </p>
          </>
        ) : (
          <>
            <h1>The local lake is not running</h1>
            <p>
              The Studio could not reach the lake at <code>{origin}</code>. Start it with{' '}
              <code>npm run dev</code> (or <code>npm run lake</code>), then reload this page.
            </p>
          </>
        )}
      </div>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </main>
  )
}
