// The embedded Content Lake as a library: open the store, serve the HTTP API, close cleanly.
// One port speaks plain HTTP (servers, scripts) and HTTP/2 over TLS (browsers), see tls/dual-protocol-server.ts.
import { join } from 'node:path'
import { removeTemporaryAssetFiles } from './assets/asset-files.ts'
import type { ListenLimits } from './http/listen-streams.ts'
import { closeListenStreams } from './http/listen-streams.ts'
import { createLakeHandler } from './http/router.ts'
import { type HttpLimits, hardenHttpServer } from './http/server-limits.ts'
import type { LakeContext } from './http/types.ts'
import { liveHubFor } from './live/live-hub.ts'
import { createPresenceServer } from './presence/presence-server.ts'
import { restrictDatabaseFiles } from './private-files.ts'
import { QueryPool, type QueryPoolOptions } from './query-pool/query-pool.ts'
import { type ReleaseService, type ReleaseServiceOptions, startReleases } from './releases/release-service.ts'
import { LakeStore } from './store/lake-store.ts'
import { keepCertificateFresh } from './tls/certificate-renewal.ts'
import { createDualProtocolServer } from './tls/dual-protocol-server.ts'
import { ensureTlsMaterial, type TlsMaterial } from './tls/tls-material.ts'
import { resolveToken } from './token-file.ts'
import { DEFAULT_STUDIO_ORIGINS, StudioOrigins } from './users/allowed-origins.ts'
import { lakeTokenVerifier } from './users/token-verifier.ts'
import { UserDirectory } from './users/user-directory.ts'
import type { WebhookDeliveryOptions } from './webhooks/webhook-dispatcher.ts'
import { startWebhooks } from './webhooks/webhook-service.ts'

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
  /**
   * Studio origins that may sign in and read cross-origin (`http://localhost:3000`); loopback spellings of
   * the same port count too. Default DEFAULT_STUDIO_ORIGINS. An entry that is not an origin throws.
   */
  corsOrigins?: readonly string[]
  /** Delivery seams and limits for webhooks (tests shorten the backoff, inject a clock or fetch). */
  webhooks?: Partial<WebhookDeliveryOptions>
  /** Timeouts for headers, whole requests and stalled bodies (see http/server-limits.ts). */
  httpLimits?: Partial<HttpLimits>
  /** The release scheduler's clock (tests inject one). */
  releases?: Partial<Pick<ReleaseServiceOptions, 'clock'>>
  /** Query workers, deadline and memory budget (see query-pool/query-pool.ts); tests shorten the deadline. */
  queryPool?: Partial<QueryPoolOptions>
  /** Listen stream caps and send-buffer bounds (see http/listen-streams.ts). */
  listenLimits?: Partial<ListenLimits>
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
  /** Release scheduling (what publishes itself when). */
  releases: ReleaseService
  close(): Promise<void>
}

export const DEFAULT_PORT = 4000
export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_DATASET = 'production'

export async function startLake(options: StartLakeOptions): Promise<RunningLake> {
  const log = options.log ?? (() => {})
  const { token, generated } = resolveToken(options.dataDir, options.token)
  const studioOrigins = new StudioOrigins(options.corsOrigins ?? DEFAULT_STUDIO_ORIGINS)
  restrictDatabaseFiles(options.dataDir)
  const tls = await ensureTlsMaterial(options.dataDir)
  const store = LakeStore.open(options.dataDir)
  removeTemporaryAssetFiles(options.dataDir)
  const users = UserDirectory.open(options.dataDir)
  const initialDataset = options.initialDataset ?? DEFAULT_DATASET
  if (initialDataset && store.datasetNames().length === 0) store.createDataset(initialDataset)
  // `workers: 0` evaluates on the main thread, without a deadline (for measuring what the pool costs).
  const queries =
    options.queryPool?.workers === 0
      ? undefined
      : new QueryPool(
          store,
          { warmTextsFile: join(options.dataDir, 'text-indexes.json'), ...options.queryPool },
          log,
        )
  const context: LakeContext = {
    store,
    verifyToken: lakeTokenVerifier(token, users),
    log,
    users,
    studioOrigins,
    queries,
    listenLimits: options.listenLimits,
  }
  const presence = createPresenceServer({ store, verifyToken: context.verifyToken, studioOrigins })
  const server = createDualProtocolServer({
    handler: createLakeHandler(context),
    certificate: tls.server,
    onUpgrade: presence.handleUpgrade,
    configure: (protocolServer) => hardenHttpServer(protocolServer, options.httpLimits),
  })
  const host = options.host ?? DEFAULT_HOST
  let port: number
  try {
    port = (await server.listen(options.port ?? DEFAULT_PORT, host)).port
  } catch (error) {
    presence.close()
    await queries?.close()
    users.close()
    store.close()
    throw error
  }
  const webhooks = startWebhooks(store, { log, ...options.webhooks })
  // From the start, so a live stream can resume across any event this process committed.
  liveHubFor(store)
  // After webhooks, so the overdue releases it publishes at start reach them too.
  const releases = startReleases(store, { log, ...options.releases })
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
    releases,
    close() {
      closing ??= (async () => {
        stopRenewal()
        releases.stop()
        // Event streams and websockets never end on their own: end them cleanly, then drop every connection.
        closeListenStreams(context)
        presence.close()
        await server.close()
        await webhooks.stop().catch(() => {})
        await queries?.close()
        users.close()
        store.close()
      })()
      return closing
    },
  }
}
