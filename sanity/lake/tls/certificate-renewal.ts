// A lake left running for months still serves a valid certificate: the check that runs on start, every 12 hours.
import type { DualProtocolServer } from './dual-protocol-server.ts'
import { ensureTlsMaterial } from './tls-material.ts'

const CHECK_INTERVAL_MS = 12 * 60 * 60 * 1000

/** Returns the function that stops the checks. */
export function keepCertificateFresh(
  dataDir: string,
  server: DualProtocolServer,
  log: (line: string) => void,
  intervalMs: number = CHECK_INTERVAL_MS,
): () => void {
  const timer = setInterval(() => {
    ensureTlsMaterial(dataDir).then(
      (renewed) => {
        if (renewed.created === 'none') return
        server.setServerCertificate(renewed.server)
        const caNote = renewed.created === 'all' ? ' and the CA (run `npm run lake -- trust` again)' : ''
        log(`lake: renewed the server certificate${caNote}`)
      },
      (error: unknown) => log(`lake: could not renew the server certificate: ${String(error)}`),
    )
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
