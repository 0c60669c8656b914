// The e2e project's world, built once per run: a lake on a free port in a temp dir with the demo
// magazine imported, `next build` against it, and `next start` on another free port.
// Set E2E_REUSE_BUILD=1 to skip the build when the previous run's build (same ports) is still in .next.
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { z } from 'zod'
import type { RunningLake } from '#sanity/lake/server.ts'
import { findCertutil, trustCa } from '#sanity/lake/tls/nss-trust.ts'
import { UserDirectory } from '#sanity/lake/users/user-directory.ts'
import { subsetFonts } from '#scripts/fonts/subset-fonts.ts'
import { ensurePreviewToken } from '#scripts/preview-token.ts'
import { registerRevalidationWebhook } from '#scripts/revalidation-webhook.ts'
import { siteEnv, startDemoLake } from './demo-lake.ts'
import { BIN, freePort, HOST, type NextServer, ROOT, run, startNextServer } from './next-server.ts'
import type { StaffRole } from './provided-context.d.ts'

const PORTS_FILE = join(ROOT, '.test-results/e2e-ports.json')
const LAKE_TOKEN = 'e2e-root-token'
const portsSchema = z.object({ lake: z.number(), site: z.number() })

function reusablePorts(): z.infer<typeof portsSchema> | undefined {
  if (process.env.E2E_REUSE_BUILD !== '1' || !existsSync(join(ROOT, '.next/BUILD_ID'))) return undefined
  try {
    return portsSchema.parse(JSON.parse(readFileSync(PORTS_FILE, 'utf8')))
  } catch {
    return undefined
  }
}

/** The magazine's staff, one per role, each with a personal token (what `lake users add` + `lake tokens create` make). */
function addStaff(dataDir: string): Record<StaffRole, string> {
  const directory = UserDirectory.open(dataDir)
  try {
    const token = (role: StaffRole, name: string) => {
      directory.addUser({ id: `e2e-${role}`, name, email: `${role}@marquee.test`, role })
      return directory.createToken(`e2e-${role}`, 'e2e').token
    }
    return {
      editor: token('editor', 'Edith Editor'),
      contributor: token('contributor', 'Carl Contributor'),
      viewer: token('viewer', 'Vera Viewer'),
    }
  } finally {
    directory.close()
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'marquee-e2e-'))
  const reuse = reusablePorts()
  let lake: RunningLake | undefined
  let server: NextServer | undefined
  const teardown = async () => {
    await server?.stop()
    await lake?.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    const sitePort = reuse?.site ?? (await freePort())
    const siteUrl = `http://${HOST}:${sitePort}`
    lake = await startDemoLake({
      port: reuse?.lake ?? 0,
      dataDir,
      token: LAKE_TOKEN,
      siteUrl,
      // The lake's own log (internal errors, webhook deliveries) beside the other test results.
      log: (line) => appendFileSync(join(ROOT, '.test-results/lake.log'), `${line}\n`),
    })
    const userTokens = addStaff(dataDir)
    // Draft mode's server-only viewer token, made as `npm start` makes it; in the build's env too, so the
    // bundle scan (tests/e2e/presentation.test.ts) would catch it if it were ever inlined.
    const previewToken = ensurePreviewToken(dataDir)
    const env: NodeJS.ProcessEnv = { ...siteEnv(lake, siteUrl), SANITY_PREVIEW_TOKEN: previewToken }
    if (!reuse) {
      // What `npm run build` does first (its prebuild): the web fonts next/font/local loads.
      await subsetFonts()
      await run(join(BIN, 'next'), ['build'], env)
      mkdirSync(join(ROOT, '.test-results'), { recursive: true })
      writeFileSync(PORTS_FILE, JSON.stringify({ lake: lake.port, site: sitePort }))
    }
    // Publishing revalidates pages as under `npm start`: the lake's webhook calls this site's /api/revalidate.
    const revalidateSecret = await registerRevalidationWebhook({
      lakeUrl: lake.url,
      token: LAKE_TOKEN,
      siteUrl,
      dataset: 'production',
    })
    server = await startNextServer(sitePort, { ...env, SANITY_REVALIDATE_SECRET: revalidateSecret })
    // The test browser trusts this run's lake CA the way an editor's does after `lake trust`: through the NSS
    // store of its $HOME, here a temporary one, never the real user's.
    const browserHome = join(dataDir, 'browser-home')
    const certutil = findCertutil()
    if (certutil) trustCa(certutil, browserHome, lake.caCertPath)
    project.provide('browserHome', browserHome)
    project.provide('siteUrl', siteUrl)
    project.provide('lakeUrl', lake.url)
    project.provide('lakeToken', LAKE_TOKEN)
    project.provide('userTokens', userTokens)
    project.provide('previewToken', previewToken)
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
