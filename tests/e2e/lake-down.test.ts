// With the lake down, pages readers have already been served keep serving. A second `next start` on
// the same build reads its own lake; once a reader has seen the pages, that lake is stopped and the
// same pages must still come back whole (prerendered ones from the build, per-request ones from
// Next's data cache).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { RunningLake } from '#sanity/lake/server.ts'
import { siteEnv, startDemoLake } from './demo-lake.ts'
import { freePort, type NextServer, startNextServer } from './next-server.ts'

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
  const siteUrl = inject('siteUrl')
  lake = await startDemoLake({ port: 0, dataDir, token: 'lake-down-token', siteUrl, log: () => {} })
  site = await startNextServer(await freePort(), siteEnv(lake, siteUrl))
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
