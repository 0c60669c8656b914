// Starting and stopping `next start` for browser tests: free ports, readiness, process-group teardown.
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
export const BIN = join(ROOT, 'node_modules/.bin')
export const HOST = '127.0.0.1'

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, HOST, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolvePort(port))
    })
  })
}

/** Runs a command to completion; on failure the error carries the output's tail. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code === 0) resolveRun()
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))
    })
  })
}

async function waitForSite(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${log()}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250))
  }
  throw new Error(`the site did not answer at ${url} within 60 s:\n${log()}`)
}

export function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve()
  const pid = child.pid
  return new Promise((resolveStop) => {
    const force = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }, 5_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolveStop()
    })
    try {
      process.kill(-pid, 'SIGTERM')
    } catch {
      clearTimeout(force)
      resolveStop()
    }
  })
}

export interface NextServer {
  url: string
  process: ChildProcess
  stop(): Promise<void>
}

/**
 * `next start` on the build in .next (of the site, or of another Next project in `projectDir`), in its own process
 * group so stopping it stops its workers too.
 */
export async function startNextServer(
  port: number,
  env: NodeJS.ProcessEnv,
  projectDir?: string,
): Promise<NextServer> {
  const url = `http://${HOST}:${port}`
  let log = ''
  const project = projectDir === undefined ? [] : [projectDir]
  const server = spawn(join(BIN, 'next'), ['start', ...project, '-H', HOST, '-p', String(port)], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
  }
  server.stdout?.on('data', keep)
  server.stderr?.on('data', keep)
  try {
    await waitForSite(url, server, () => log)
  } catch (error) {
    await stopProcessGroup(server)
    throw error
  }
  return { url, process: server, stop: () => stopProcessGroup(server) }
}
