// The production stack the publish bench measures, started the way the e2e setup starts it: a lake on a
// free port with the demo magazine imported, an editor with a personal token, `next build` against that
// lake (nice'd), the site's revalidation webhook registered as `npm start` registers it, and `next start`.
// `reuseBuild` skips the build when .next holds this bench's previous build (same ports, same BUILD_ID).
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
import { z } from 'zod'
import type { RunningLake } from '#sanity/lake/server.ts'
import { UserDirectory } from '#sanity/lake/users/user-directory.ts'
import { webhooksOf } from '#sanity/lake/webhooks/webhook-service.ts'
import { registerRevalidationWebhook } from '#scripts/revalidation-webhook.ts'
import { siteEnv, startDemoLake } from '#tests/e2e/demo-lake.ts'
import { BIN, freePort, HOST, type NextServer, ROOT, run, startNextServer } from '#tests/e2e/next-server.ts'

const RESULTS_DIR = join(ROOT, '.test-results')
const BUILD_FILE = join(RESULTS_DIR, 'bench-publish-build.json')
const LAKE_LOG = join(RESULTS_DIR, 'bench-publish-lake.log')
const SITE_LOG = join(RESULTS_DIR, 'bench-publish-site.log')
const ROOT_TOKEN = 'bench-publish-root-token'
const buildSchema = z.object({ lake: z.number(), site: z.number(), buildId: z.string() })

export interface SiteStack {
  siteUrl: string
  lakeUrl: string
  /** A personal token of a user with the editor role (what `lake users add` + `lake tokens create` make). */
  editorToken: string
  /** Whether this run built the site (false: reused the previous build). */
  built: boolean
  /** When the lake sent a transaction's revalidation webhook and when the site answered it (epoch ms). */
  delivery(transactionId: string): { sentAt: number; answeredAt: number } | undefined
  stop(): Promise<void>
}

function currentBuildId(): string | undefined {
  const file = join(ROOT, '.next/BUILD_ID')
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined
}

/** The previous bench build's ports, when .next still holds that build. */
function reusableBuild(): z.infer<typeof buildSchema> | undefined {
  try {
    const previous = buildSchema.parse(JSON.parse(readFileSync(BUILD_FILE, 'utf8')))
    return previous.buildId === currentBuildId() ? previous : undefined
  } catch {
    return undefined
  }
}

function addEditor(dataDir: string): string {
  const directory = UserDirectory.open(dataDir)
  try {
    directory.addUser({
      id: 'bench-editor',
      name: 'Bench Editor',
      email: 'bench@marquee.test',
      role: 'editor',
    })
    return directory.createToken('bench-editor', 'publish bench').token
  } finally {
    directory.close()
  }
}

export async function startSiteStack(options: {
  reuseBuild: boolean
  log: (line: string) => void
}): Promise<SiteStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'marquee-bench-publish-'))
  mkdirSync(RESULTS_DIR, { recursive: true })
  const previous = options.reuseBuild ? reusableBuild() : undefined
  let lake: RunningLake | undefined
  let server: NextServer | undefined
  const stop = async () => {
    await server?.stop()
    await lake?.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    const sitePort = previous?.site ?? (await freePort())
    const siteUrl = `http://${HOST}:${sitePort}`
    lake = await startDemoLake({
      port: previous?.lake ?? 0,
      dataDir,
      token: ROOT_TOKEN,
      siteUrl,
      log: (line) => appendFileSync(LAKE_LOG, `${line}\n`),
    })
    const editorToken = addEditor(dataDir)
    const env = siteEnv(lake, siteUrl)
    if (!previous) {
      options.log(`building the site against the lake at ${lake.url} (next build, nice -n 5)…`)
      await run('nice', ['-n', '5', join(BIN, 'next'), 'build'], env)
      const buildId = currentBuildId() ?? ''
      writeFileSync(BUILD_FILE, JSON.stringify({ lake: lake.port, site: sitePort, buildId }))
    }
    const secret = await registerRevalidationWebhook({
      lakeUrl: lake.url,
      token: ROOT_TOKEN,
      siteUrl,
      dataset: 'production',
    })
    server = await startNextServer(sitePort, { ...env, SANITY_REVALIDATE_SECRET: secret })
    writeFileSync(SITE_LOG, '')
    const keep = (chunk: Buffer) => appendFileSync(SITE_LOG, chunk)
    server.process.stdout?.on('data', keep)
    server.process.stderr?.on('data', keep)
    const { store } = lake
    const delivery = (transactionId: string) => {
      const attempts = webhooksOf(store)?.repository.attempts({ limit: 50 }) ?? []
      const record = attempts.find(
        (attempt) => attempt.transactionId === transactionId && attempt.outcome === 'delivered',
      )
      return record && { sentAt: record.at - record.durationMs, answeredAt: record.at }
    }
    return { siteUrl, lakeUrl: lake.url, editorToken, built: !previous, delivery, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
