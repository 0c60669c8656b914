// A real lake on a random port in a temp dir, with real @sanity/client instances (token and anonymous).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient, type SanityClient } from '@sanity/client'
import { type RunningLake, type StartLakeOptions, startLake } from '#sanity/lake/server.ts'

export const API_VERSION = '2025-02-19'

export interface TestLake {
  lake: RunningLake
  dataDir: string
  /** Authenticated with the root token. */
  client: SanityClient
  /** No token: what a public reader gets. */
  anonymous: SanityClient
  /** Plain fetch against the lake, for shapes the client hides. */
  request(
    path: string,
    init?: RequestInit & { auth?: boolean },
  ): Promise<{ status: number; headers: Headers; body: unknown }>
  /** Stops the server; `remove` (default true) deletes the data dir. */
  stop(options?: { remove?: boolean }): Promise<void>
}

export function clientFor(url: string, token?: string, apiVersion = API_VERSION): SanityClient {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: url,
    useProjectHostname: false,
    useCdn: false,
    apiVersion,
    token,
  })
}

export async function startTestLake(
  options: {
    dataDir?: string
    token?: string
    corsOrigins?: readonly string[]
    httpLimits?: StartLakeOptions['httpLimits']
    releases?: StartLakeOptions['releases']
    queryPool?: StartLakeOptions['queryPool']
    listenLimits?: StartLakeOptions['listenLimits']
  } = {},
): Promise<TestLake> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'marquee-lake-'))
  const logs: string[] = []
  const lake = await startLake({
    port: 0,
    dataDir,
    token: options.token,
    corsOrigins: options.corsOrigins,
    httpLimits: options.httpLimits,
    releases: options.releases,
    queryPool: options.queryPool,
    listenLimits: options.listenLimits,
    log: (line) => logs.push(line),
  })
  return {
    lake,
    dataDir,
    client: clientFor(lake.url, lake.token),
    anonymous: clientFor(lake.url),
    async request(path, init = {}) {
      const { auth = true, ...rest } = init
      const headers = new Headers(rest.headers)
      if (auth) headers.set('authorization', `Bearer ${lake.token}`)
      const response = await fetch(`${lake.url}${path}`, { ...rest, headers })
      const text = await response.text()
      let body: unknown = text
      try {
        body = text === '' ? undefined : JSON.parse(text)
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, headers: response.headers, body }
    },
    async stop({ remove = true } = {}) {
      await lake.close()
      if (remove) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Runs `fn` and returns what it threw (fails the test when it does not throw). */
export async function caught(
  fn: () => Promise<unknown>,
): Promise<{ statusCode?: unknown; message: string; details?: unknown; responseBody?: unknown }> {
  try {
    await fn()
  } catch (error) {
    if (error instanceof Error) {
      return {
        message: error.message,
        statusCode: 'statusCode' in error ? error.statusCode : undefined,
        details: 'details' in error ? error.details : undefined,
        responseBody: 'responseBody' in error ? error.responseBody : undefined,
      }
    }
    return { message: String(error) }
  }
  throw new Error('expected the call to fail')
}
