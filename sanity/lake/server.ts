// The embedded Content Lake as a library: open the store, serve the HTTP API, close cleanly.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { closeListenStreams } from './http/listen-streams.ts'
import { createLakeHandler } from './http/router.ts'
import type { LakeContext } from './http/types.ts'
import { restrictDatabaseFiles } from './private-files.ts'
import { LakeStore } from './store/lake-store.ts'
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
}

export interface RunningLake {
  url: string
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
  const studioOrigins = new StudioOrigins(options.corsOrigins ?? DEFAULT_STUDIO_ORIGINS)
  restrictDatabaseFiles(options.dataDir)
  const store = LakeStore.open(options.dataDir)
  const users = UserDirectory.open(options.dataDir)
  const initialDataset = options.initialDataset ?? DEFAULT_DATASET
  if (initialDataset && store.datasetNames().length === 0) store.createDataset(initialDataset)
  const context: LakeContext = {
    store,
    verifyToken: lakeTokenVerifier(token, users),
    log,
    users,
    studioOrigins,
  }
  const server = createServer(createLakeHandler(context))
  const host = options.host ?? DEFAULT_HOST
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? DEFAULT_PORT, host, () => {
        server.off('error', reject)
        resolve()
      })
    })
  } catch (error) {
    users.close()
    store.close()
    throw error
  }
  const webhooks = startWebhooks(store, { log, ...options.webhooks })
  const address = server.address()
  const port = isAddressInfo(address) ? address.port : (options.port ?? DEFAULT_PORT)
  const urlHost = host.includes(':') ? `[${host}]` : host
  const url = `http://${urlHost}:${port}`
  let closing: Promise<void> | undefined
  return {
    url,
    port,
    token,
    tokenGenerated: generated,
    store,
    close() {
      closing ??= new Promise<void>((resolve) => {
        // Event streams never end on their own: end them, or server.close would wait for them.
        closeListenStreams(context)
        server.close(() => {
          void webhooks.stop().finally(() => {
            users.close()
            store.close()
            resolve()
          })
        })
        server.closeAllConnections()
      })
      return closing
    },
  }
}

function isAddressInfo(address: string | AddressInfo | null): address is AddressInfo {
  return typeof address === 'object' && address !== null
}
