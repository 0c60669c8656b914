// The CLI as a user runs it: `dataset create`, then `start` printing the URL and a generated token.
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { clientFor } from './lake-fixture.ts'

const run = promisify(execFile)
const CLI = join(import.meta.dirname, '../../../sanity/lake/cli.ts')
const children: ChildProcess[] = []
const dirs: string[] = []

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGTERM')
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (pattern.test(output)) resolve(output)
    })
    child.once('exit', (code) => reject(new Error(`lake exited with ${code}: ${output}`)))
  })
}

describe('lake CLI', () => {
  it('creates a dataset, then serves it with a generated token', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'marquee-lake-cli-'))
    dirs.push(dataDir)
    const env = { ...process.env, LAKE_DATA_DIR: dataDir, LAKE_PORT: '0', LAKE_TOKEN: '' }
    const created = await run(process.execPath, [CLI, 'dataset', 'create', 'staging'], { env })
    expect(created.stdout).toContain('Created dataset "staging"')
    expect(statSync(join(dataDir, 'lake.sqlite')).mode & 0o777).toBe(0o600)
    await expect(run(process.execPath, [CLI, 'dataset', 'create', 'staging'], { env })).rejects.toThrow(
      /already exists/,
    )

    const child = spawn(process.execPath, [CLI, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(child)
    const output = await waitForOutput(child, /lake_[A-Za-z0-9_-]{20,}/)
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1]
    const token = /(lake_[A-Za-z0-9_-]+)/.exec(output)?.[1]
    expect(url).toBeDefined()
    expect(token).toBeDefined()
    const client = clientFor(url ?? '', token).withConfig({ dataset: 'staging' })
    expect(await client.fetch('count(*)')).toBe(0)
  })

  it('prints usage and fails for an unknown command', async () => {
    await expect(run(process.execPath, [CLI, 'frobnicate'])).rejects.toMatchObject({ code: 2 })
  })
})
