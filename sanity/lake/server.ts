// The embedded Content Lake as a library: open the store, serve the HTTP API, close cleanly.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { removeTemporaryAssetFiles } from './assets/asset-files.ts'
import { rootTokenVerifier } from './http/auth.ts'
import { closeListenStreams } from './http/listen-streams.ts'
import { createLakeHandler } from './http/router.ts'
import { type HttpLimits, hardenHttpServer } from './http/server-limits.ts'
import type { LakeContext } from './http/types.ts'
import { LakeStore } from './store/lake-store.ts'
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
  /** Timeouts for headers, whole requests and stalled bodies (see http/server-limits.ts). */
  httpLimits?: Partial<HttpLimits>
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
  const store = LakeStore.open(options.dataDir)
  removeTemporaryAssetFiles(options.dataDir)
  const initialDataset = options.initialDataset ?? DEFAULT_DATASET
  if (initialDataset && store.datasetNames().length === 0) store.createDataset(initialDataset)
  const context: LakeContext = { store, verifyToken: rootTokenVerifier(token), log }
  const server = createServer(createLakeHandler(context))
  hardenHttpServer(server, options.httpLimits)
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
    store.close()
    throw error
  }
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
          store.close()
          resolve()
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
