// Where the CLI's import/export/seed send their requests: the lake already running on LAKE_PORT, or,
// when nothing answers there, one started in this process on the same port and data directory.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createClient, type SanityClient } from '@sanity/client'
import { LakeConfigError } from '../commands/environment.ts'
import { DEFAULT_HOST, DEFAULT_PORT, startLake } from '../server.ts'

export interface LakeTarget {
  port?: number
  host?: string
  dataDir: string
  token?: string
}

export interface LakeConnection {
  url: string
  /** True when this process started the lake (it stops again on close). */
  startedHere: boolean
  client(dataset: string): SanityClient
  close(): Promise<void>
}

const CLIENT_API_VERSION = '2025-02-19'

export async function connectToLake(
  target: LakeTarget,
  log: (line: string) => void,
): Promise<LakeConnection> {
  const host = target.host ?? DEFAULT_HOST
  const port = target.port ?? DEFAULT_PORT
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  if (await answersHealth(url)) {
    const token = target.token ?? readToken(target.dataDir)
    log(`Using the lake at ${url}`)
    return {
      url,
      startedHere: false,
      client: (dataset) => lakeClient(url, token, dataset),
      close: async () => {},
    }
  }
  const lake = await startLake({ port, host, dataDir: target.dataDir, token: target.token, log })
  log(`No lake answered at ${url}; started one in this process (data in ${target.dataDir})`)
  return {
    url: lake.url,
    startedHere: true,
    client: (dataset) => lakeClient(lake.url, lake.token, dataset),
    close: () => lake.close(),
  }
}

export function lakeClient(url: string, token: string, dataset: string): SanityClient {
  return createClient({
    projectId: 'local',
    dataset,
    apiHost: url,
    useProjectHostname: false,
    useCdn: false,
    apiVersion: CLIENT_API_VERSION,
    token,
  })
}

async function answersHealth(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1500) })
    return response.ok
  } catch {
    return false
  }
}

function readToken(dataDir: string): string {
  try {
    const token = readFileSync(join(dataDir, 'token'), 'utf8').trim()
    if (token !== '') return token
  } catch {
    // fall through to the message below
  }
  throw new LakeConfigError(
    `A lake is running but no token was found: set LAKE_TOKEN or LAKE_DATA_DIR (expected ${join(dataDir, 'token')})`,
  )
}
