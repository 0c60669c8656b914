// The import/export subcommands as a person runs them: a child process against a running lake.
import { spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestLake, type TestLake } from '../lake/lake-fixture.ts'
import { type DatasetFixture, writeDatasetFixture } from './dataset-fixture.ts'

let lake: TestLake
let fixture: DatasetFixture

beforeAll(async () => {
  lake = await startTestLake()
  fixture = await writeDatasetFixture()
})

afterAll(async () => {
  await lake.stop()
  rmSync(fixture.dir, { recursive: true, force: true })
})

/** Async on purpose: the lake serves from this very process, so a blocking spawnSync would deadlock. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['sanity/lake/cli.ts', ...args], {
      env: {
        ...process.env,
        LAKE_PORT: String(lake.lake.port),
        LAKE_DATA_DIR: lake.dataDir,
        LAKE_TOKEN: lake.lake.token,
      },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('lake CLI import/export', () => {
  it('imports with progress on stderr and a summary on stdout, then exports a tar.gz', async () => {
    const imported = await cli(['import', fixture.dir, '--dataset', 'staging'])
    expect(imported.code).toBe(0)
    expect(imported.stderr).toContain(`Using the lake at ${lake.lake.url}`)
    expect(imported.stderr).toContain('Uploading assets: 2/2 (100%)')
    expect(imported.stdout.trim()).toBe(
      'Imported into "staging": 3 created, 0 updated, 0 unchanged (2 assets)',
    )

    const again = await cli(['import', join(fixture.dir, 'data.ndjson'), '--dataset', 'staging', '--missing'])
    expect(again.stdout.trim()).toBe('Imported into "staging": 0 created, 0 updated, 3 unchanged (2 assets)')

    const archive = join(fixture.dir, 'staging.tar.gz')
    const exported = await cli(['export', archive, '--dataset', 'staging'])
    expect(exported.code).toBe(0)
    expect(exported.stdout.trim()).toBe(`Exported "staging": 3 documents, 2 assets -> ${archive}`)
    expect(existsSync(archive)).toBe(true)
  })

  it('explains bad input in one line with a non-zero exit', async () => {
    const missing = await cli(['import', join(fixture.dir, 'nope.tar.gz')])
    expect(missing.code).toBe(2)
    expect(missing.stderr.trim()).toMatch(/^lake: No dataset at .*nope\.tar\.gz$/)
    const conflicting = await cli(['import', fixture.dir, '--replace', '--missing'])
    expect(conflicting.stderr).toContain('--replace and --missing cannot be used together')
    const unknown = await cli(['export', 'out.tar.gz', '--everything'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("Unknown option '--everything'")
  })
})
