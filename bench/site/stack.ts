// The production stack the site bench measures: a lake on a free port in a temp dir with the demo magazine,
// `next build` against it when asked (or when there is no build made by this bench), and `next start`.
// The build bakes the site's URL (and so its port) into prerendered pages, so the ports a build was made
// with are kept beside it and reused.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import type { RunningLake } from '#sanity/lake/server.ts'
import { siteEnv, startDemoLake } from '#tests/e2e/demo-lake.ts'
import { freePort, HOST, type NextServer, ROOT, run, startNextServer } from '#tests/e2e/next-server.ts'

const PORTS_FILE = join(ROOT, '.test-results/bench-site-ports.json')
/** Where tests/e2e/global-setup.ts keeps the ports of the build it made. */
const E2E_PORTS_FILE = join(ROOT, '.test-results/e2e-ports.json')
const BUILD_ID_FILE = join(ROOT, '.next/BUILD_ID')
const LAKE_TOKEN = 'bench-site-token'
const portsSchema = z.object({ lake: z.number(), site: z.number(), buildId: z.string().optional() })

export interface SiteStack {
  siteUrl: string
  /** The lake the site reads from (plain HTTP), for the throughput bench's image baseline. */
  lakeUrl: string
  close(): Promise<void>
}

function readPorts(file: string): z.infer<typeof portsSchema> | undefined {
  try {
    return portsSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return undefined
  }
}

/** The ports the build in .next was made with: this bench's own build, or (when asked) the e2e setup's. */
function savedPorts(useE2eBuild: boolean): z.infer<typeof portsSchema> | undefined {
  if (!existsSync(BUILD_ID_FILE)) return undefined
  if (useE2eBuild) return readPorts(E2E_PORTS_FILE)
  const saved = readPorts(PORTS_FILE)
  return saved?.buildId === readFileSync(BUILD_ID_FILE, 'utf8').trim() ? saved : undefined
}

export async function startSiteStack({
  build,
  useE2eBuild,
  log,
}: {
  build: boolean
  useE2eBuild: boolean
  log: (line: string) => void
}): Promise<SiteStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'marquee-bench-site-'))
  const saved = build ? undefined : savedPorts(useE2eBuild)
  if (useE2eBuild && !saved) throw new Error('--e2e-build: no build by the e2e setup in .next')
  let lake: RunningLake | undefined
  let server: NextServer | undefined
  const close = async () => {
    await server?.stop()
    await lake?.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    const sitePort = saved?.site ?? (await freePort())
    const siteUrl = `http://${HOST}:${sitePort}`
    lake = await startDemoLake({ port: saved?.lake ?? 0, dataDir, token: LAKE_TOKEN, siteUrl, log: () => {} })
    const env = siteEnv(lake, siteUrl)
    if (!saved) {
      log(`building the site against a lake at ${lake.url} (next build) ...`)
      await run('npm', ['run', 'build'], env)
      mkdirSync(join(ROOT, '.test-results'), { recursive: true })
      const buildId = readFileSync(BUILD_ID_FILE, 'utf8').trim()
      writeFileSync(PORTS_FILE, JSON.stringify({ lake: lake.port, site: sitePort, buildId }))
    }
    server = await startNextServer(sitePort, env)
    return { siteUrl, lakeUrl: lake.url, close }
  } catch (error) {
    await close()
    throw error
  }
}
