// The e2e project's world, built once per run: a lake on a free port in a temp dir with the demo
// magazine imported, `next build` against it, and `next start` on another free port.
// Set E2E_REUSE_BUILD=1 to skip the build when the previous run's build (same ports) is still in .next.
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { z } from 'zod'
import { runImport } from '../../sanity/lake/commands/import.ts'
import { DEMO_DATASET_DIR } from '../../sanity/lake/commands/seed.ts'
import { type RunningLake, startLake } from '../../sanity/lake/server.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const BIN = join(ROOT, 'node_modules/.bin')
const HOST = '127.0.0.1'
const PORTS_FILE = join(ROOT, '.test-results/e2e-ports.json')
const LAKE_TOKEN = 'e2e-root-token'
const portsSchema = z.object({ lake: z.number(), site: z.number() })

function freePort(): Promise<number> {
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
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
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

function stopProcessGroup(child: ChildProcess): Promise<void> {
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

function reusablePorts(): z.infer<typeof portsSchema> | undefined {
  if (process.env.E2E_REUSE_BUILD !== '1' || !existsSync(join(ROOT, '.next/BUILD_ID'))) return undefined
  try {
    return portsSchema.parse(JSON.parse(readFileSync(PORTS_FILE, 'utf8')))
  } catch {
    return undefined
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'marquee-e2e-'))
  const reuse = reusablePorts()
  let lake: RunningLake | undefined
  let server: ChildProcess | undefined
  const teardown = async () => {
    if (server) await stopProcessGroup(server)
    await lake?.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    lake = await startLake({ port: reuse?.lake ?? 0, host: HOST, dataDir, token: LAKE_TOKEN })
    await runImport(
      DEMO_DATASET_DIR,
      'production',
      'replace',
      {
        port: lake.port,
        host: HOST,
        dataDir,
        token: LAKE_TOKEN,
      },
      () => {},
    )
    const sitePort = reuse?.site ?? (await freePort())
    const siteUrl = `http://${HOST}:${sitePort}`
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: `${BIN}:${process.env.PATH ?? ''}`,
      LAKE_URL: lake.url,
      NEXT_PUBLIC_SITE_URL: siteUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    }
    if (!reuse) {
      await run(join(BIN, 'next'), ['build'], env)
      mkdirSync(join(ROOT, '.test-results'), { recursive: true })
      writeFileSync(PORTS_FILE, JSON.stringify({ lake: lake.port, site: sitePort }))
    }
    let log = ''
    // Its own process group, so teardown stops next start and its workers together.
    server = spawn(join(BIN, 'next'), ['start', '-H', HOST, '-p', String(sitePort)], {
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
    await waitForSite(siteUrl, server, () => log)
    project.provide('siteUrl', siteUrl)
    project.provide('lakeUrl', lake.url)
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
