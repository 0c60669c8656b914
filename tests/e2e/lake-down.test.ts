// With the lake down, pages readers have already been served keep serving. A second `next start` on
// the same build reads its own lake; once a reader has seen the pages, that lake is stopped and the
// same pages must still come back whole (prerendered ones from the build, per-request ones from
// Next's data cache).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { runImport } from '#sanity/lake/commands/import.ts'
import { DEMO_DATASET_DIR } from '#sanity/lake/commands/seed.ts'
import { type RunningLake, startLake } from '#sanity/lake/server.ts'
import { BIN, freePort, HOST, type NextServer, startNextServer } from './next-server.ts'

const PAGES = [
  ['the home page', '/', 'Latest reviews'],
  ['a review', '/reviews/ballerina', 'Pointe-blank range'],
  ['a section listing', '/reviews', 'Ballerina review'],
  ['a film page', '/films/ballerina', 'Len Wiseman'],
] as const

const dataDir = mkdtempSync(join(tmpdir(), 'marquee-lake-down-'))
let lake: RunningLake
let site: NextServer

beforeAll(async () => {
  const token = 'lake-down-token'
  lake = await startLake({ port: 0, host: HOST, dataDir, token })
  await runImport(
    DEMO_DATASET_DIR,
    'production',
    'replace',
    { port: lake.port, host: HOST, dataDir, token },
    () => {},
  )
  site = await startNextServer(await freePort(), {
    ...process.env,
    PATH: `${BIN}:${process.env.PATH ?? ''}`,
    LAKE_URL: lake.url,
    NEXT_PUBLIC_SITE_URL: inject('siteUrl'),
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  })
  for (const [, path] of PAGES) {
    const response = await fetch(new URL(path, site.url))
    if (response.status !== 200) throw new Error(`warming ${path} gave ${response.status}`)
  }
  await lake.close()
})

afterAll(async () => {
  await site?.stop()
  await lake?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('with the lake down', () => {
  it('really is down', async () => {
    await expect(fetch(`${lake.url}/health`)).rejects.toThrow()
  })

  it.each(PAGES)('still serves %s', async (_name, path, text) => {
    const response = await fetch(new URL(path, site.url))
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(text)
  })
})
