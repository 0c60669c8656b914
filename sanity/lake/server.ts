// The embedded Content Lake as a library: open the store, serve the HTTP API, close cleanly.
// One port speaks plain HTTP (servers, scripts) and HTTP/2 over TLS (browsers), see tls/dual-protocol-server.ts.
import { rootTokenVerifier } from './http/auth.ts'
import { closeListenStreams } from './http/listen-streams.ts'
import { createLakeHandler } from './http/router.ts'
import type { LakeContext } from './http/types.ts'
import { createPresenceServer } from './presence/presence-server.ts'
import { LakeStore } from './store/lake-store.ts'
import { keepCertificateFresh } from './tls/certificate-renewal.ts'
import { createDualProtocolServer } from './tls/dual-protocol-server.ts'
import { ensureTlsMaterial, type TlsMaterial } from './tls/tls-material.ts'
import { resolveToken } from './token-file.ts'

export interface StartLakeOptions {
  /** 0 picks a free port. Default 4000. */
  port?: number
  /** Default 127.0.0.1 (loopback only). */
  host?: string
  dataDir: string
  /** The root token; when absent, the one in `$dataDir/token`, generated on first start. */
  token?: string
  log?: (line: string) => void
  /** Created when the store has no dataset at all, like a new Sanity project. Default `production`; false for none. */
  initialDataset?: string | false
}

export interface RunningLake {
  /** Plain HTTP, for servers and scripts on this machine: `http://127.0.0.1:<port>`. */
  url: string
  /** The same port over TLS (HTTP/2 or HTTP/1.1), for browsers: `https://localhost:<port>`. */
  secureUrl: string
  /** The lake's own CA (PEM), the one trust root for `secureUrl`; `trust` adds it to browsers. */
  caCertPem: string
  caCertPath: string
  /** What this start made: nothing, a renewed server certificate, or a new CA (which must be trusted). */
  tlsCreated: TlsMaterial['created']
  port: number
  token: string
  /** True when this start generated a new root token. */
  tokenGenerated: boolean
  store: LakeStore
  close(): Promise<void>
}

export const DEFAULT_PORT = 4000
export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_DATASET = 'production'

export async function startLake(options: StartLakeOptions): Promise<RunningLake> {
  const log = options.log ?? (() => {})
  const { token, generated } = resolveToken(options.dataDir, options.token)
  const tls = await ensureTlsMaterial(options.dataDir)
  const store = LakeStore.open(options.dataDir)
  const initialDataset = options.initialDataset ?? DEFAULT_DATASET
  if (initialDataset && store.datasetNames().length === 0) store.createDataset(initialDataset)
  const context: LakeContext = { store, verifyToken: rootTokenVerifier(token), log }
  const presence = createPresenceServer({ store, verifyToken: context.verifyToken })
  const server = createDualProtocolServer({
    handler: createLakeHandler(context),
    certificate: tls.server,
    onUpgrade: presence.handleUpgrade,
  })
  const host = options.host ?? DEFAULT_HOST
  let port: number
  try {
    port = (await server.listen(options.port ?? DEFAULT_PORT, host)).port
  } catch (error) {
    presence.close()
    store.close()
    throw error
  }
  const stopRenewal = keepCertificateFresh(options.dataDir, server, log)
  const urlHost = host.includes(':') ? `[${host}]` : host
  const url = `http://${urlHost}:${port}`
  let closing: Promise<void> | undefined
  return {
    url,
    secureUrl: `https://localhost:${port}`,
    caCertPem: tls.ca.certPem,
    caCertPath: tls.caCertPath,
    tlsCreated: tls.created,
    port,
    token,
    tokenGenerated: generated,
    store,
    close() {
      closing ??= (async () => {
        stopRenewal()
        // Event streams and websockets never end on their own: end them cleanly, then drop every connection.
        closeListenStreams(context)
        presence.close()
        await server.close()
        store.close()
      })()
      return closing
    },
  }
}
