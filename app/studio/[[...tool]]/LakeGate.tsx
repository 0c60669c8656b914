'use client'
// Before the Studio starts, checks that this browser can reach the lake over HTTPS. Without the lake's CA the
// Studio would sit read-only with failing requests; this says plainly what is wrong and the one step that fixes it.
import { type ReactNode, useEffect, useState } from 'react'
import styles from './LakeGate.module.css'
import { type LakeHealthUrls, type LakeReachability, probeLake } from './lake-probe.ts'

type GateState = LakeReachability | 'checking'

export function LakeGate({ urls, children }: { urls: LakeHealthUrls; children: ReactNode }) {
  const [state, setState] = useState<GateState>('checking')
  useEffect(() => {
    let current = true
    probeLake(urls).then((result) => {
      if (current) setState(result)
    })
    return () => {
      current = false
    }
  }, [urls])

  if (state === 'reachable') return children
  if (state === 'checking') {
    return (
      <p className={styles.panel} role="status">
        Connecting to the content lake…
      </p>
    )
  }
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
