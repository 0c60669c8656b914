// The lake as a separate process (`cli.ts start` or `supervise`) on a fixed free port, for tests that kill it.
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'

export const LAKE_CLI = join(import.meta.dirname, '../../../sanity/lake/cli.ts')

/** A port free right now; a restarted lake must come back on the same one to be found again. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export async function lakeHealthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(500) })).ok
  } catch {
    return false
  }
}

/** Polls `probe` until it returns a value (not undefined), or fails after `timeoutMs`. */
export async function until<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`timed out waiting for ${what}`)
}

export interface LakeProcess {
  child: ChildProcess
  url: string
  /** Everything the process printed (stdout and stderr). */
  output(): string
  /** Resolves when the process has exited (however it ended). */
  exited: Promise<void>
}

export async function spawnLake(options: {
  command: 'start' | 'supervise'
  dataDir: string
  port: number
  token: string
}): Promise<LakeProcess> {
  const env = {
    ...process.env,
    LAKE_DATA_DIR: options.dataDir,
    LAKE_PORT: String(options.port),
    LAKE_TOKEN: options.token,
    LAKE_AUTO_TRUST: '0',
  }
  const child = spawn(process.execPath, [LAKE_CLI, options.command], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (chunk: Buffer): void => {
    output += chunk.toString()
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${options.port}`
  await until(async () => {
    if (child.exitCode !== null) throw new Error(`the lake exited early: ${output}`)
    return (await lakeHealthy(url)) ? true : undefined
  }, `the lake at ${url}`)
  return { child, url, output: () => output, exited }
}

/** Stops a lake process with SIGTERM unless it already ended. */
export async function stopLakeProcess(lake: LakeProcess): Promise<void> {
  if (lake.child.exitCode === null && lake.child.signalCode === null) lake.child.kill('SIGTERM')
  await lake.exited
}
