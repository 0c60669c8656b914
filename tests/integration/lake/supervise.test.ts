// `lake supervise` as dev.ts and `npm start` run it: a lake killed with -9 is started again and answers.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { superviseLake } from '../../../sanity/lake/commands/supervise.ts'
import { clientFor } from './lake-fixture.ts'

const CLI = join(import.meta.dirname, '../../../sanity/lake/cli.ts')
const children: ChildProcess[] = []
const dirs: string[] = []

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A port free right now; the supervisor needs a fixed one so the restarted lake is found again. */
function freePort(): Promise<number> {
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

async function health(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(500) })).ok
  } catch {
    return false
  }
}

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`timed out waiting for ${what}`)
}

function lakePids(output: string): number[] {
  return [...output.matchAll(/started the lake \(pid (\d+)\)/g)].map((match) => Number(match[1]))
}

describe('lake supervise', () => {
  it('restarts a lake killed with -9 on the same port and data, and says so', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'marquee-lake-supervise-'))
    dirs.push(dataDir)
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const env = {
      ...process.env,
      LAKE_DATA_DIR: dataDir,
      LAKE_PORT: String(port),
      LAKE_TOKEN: 'supervise-test-token',
      LAKE_AUTO_TRUST: '0',
    }
    const supervisor = spawn(process.execPath, [CLI, 'supervise'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(supervisor)
    let output = ''
    supervisor.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    supervisor.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })

    await until(async () => ((await health(url)) ? true : undefined), 'the first lake')
    const client = clientFor(url, 'supervise-test-token')
    await client.create({ _id: 'before-crash', _type: 'note' })
    const [firstPid = 0] = lakePids(output)
    expect(firstPid).toBeGreaterThan(0)

    process.kill(firstPid, 'SIGKILL')
    await until(() => (lakePids(output).length >= 2 ? true : undefined), 'a restarted lake')
    expect(output).toMatch(/lake exited with signal SIGKILL; restarting in \d+(\.\d+)?s/)
    await until(async () => ((await health(url)) ? true : undefined), 'the restarted lake')
    expect(lakePids(output)[1]).not.toBe(firstPid)
    expect(await client.getDocument('before-crash')).toMatchObject({ _id: 'before-crash' })
    expect(supervisor.exitCode).toBeNull()

    const exited = new Promise<number | null>((resolve) => supervisor.once('exit', resolve))
    supervisor.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(await health(url)).toBe(false)
  }, 40_000)

  it('gives up after the set number of fast crashes in a row, with a message', async () => {
    const lines: string[] = []
    const supervisor = superviseLake({
      start: () => spawn(process.execPath, ['-e', 'process.exit(7)'], { stdio: 'ignore' }),
      log: (line) => lines.push(line),
      initialDelayMs: 10,
      maxFastCrashes: 3,
    })
    expect(await supervisor.done).toBe(1)
    expect(lines.filter((line) => line.startsWith('started the lake'))).toHaveLength(3)
    expect(lines).toContain('lake exited with code 7; restarting in 0.01s')
    expect(lines).toContain('lake exited with code 7; restarting in 0.02s')
    expect(lines.at(-1)).toMatch(/code 7; it died 3 times in a row within 10 s of starting, giving up/)
  })

  it('does not restart a lake that stopped cleanly or was misconfigured', async () => {
    for (const [exitCode, expected] of [
      [0, 0],
      [2, 2],
    ]) {
      const lines: string[] = []
      const supervisor = superviseLake({
        start: () => spawn(process.execPath, ['-e', `process.exit(${exitCode})`], { stdio: 'ignore' }),
        log: (line) => lines.push(line),
        initialDelayMs: 10,
      })
      expect(await supervisor.done).toBe(expected)
      expect(lines.filter((line) => line.startsWith('started the lake'))).toHaveLength(1)
    }
  })
})
