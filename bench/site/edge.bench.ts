// `npm run bench:edge`: the edge-cache throughput bench alone, on this machine's production build
// (`npm run build` first). It starts a throwaway lake with the demo magazine and `next start` against it,
// or uses BENCH_SITE_URL and BENCH_LAKE_URL when both are set (a running `npm run start:stack`).
// BENCH_CONNECTIONS (20), BENCH_DURATION seconds (10), BENCH_ARTICLE (/reviews/john-wick-chapter-4).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runImport } from '#sanity/lake/commands/import.ts'
import { DEMO_DATASET_DIR } from '#sanity/lake/commands/seed.ts'
import { type RunningLake, startLake } from '#sanity/lake/server.ts'
import { freePort, HOST, type NextServer, startNextServer } from '#tests/e2e/next-server.ts'
import { formatThroughputReport, runThroughputBench } from './throughput.ts'

const TOKEN = 'bench-edge-token'

async function withStack<T>(use: (siteUrl: string, lakeUrl: string) => Promise<T>): Promise<T> {
  const siteUrl = process.env.BENCH_SITE_URL?.trim()
  const lakeUrl = process.env.BENCH_LAKE_URL?.trim()
  if (siteUrl && lakeUrl) return use(siteUrl, lakeUrl)
  const dataDir = mkdtempSync(join(tmpdir(), 'marquee-bench-edge-'))
  let lake: RunningLake | undefined
  let site: NextServer | undefined
  try {
    lake = await startLake({ port: 0, host: HOST, dataDir, token: TOKEN })
    const env = { port: lake.port, host: HOST, dataDir, token: TOKEN }
    await runImport(DEMO_DATASET_DIR, 'production', 'replace', env, () => {})
    site = await startNextServer(await freePort(), {
      ...process.env,
      LAKE_URL: lake.url,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    })
    return await use(site.url, lake.url)
  } finally {
    await site?.stop()
    await lake?.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const report = await withStack((siteUrl, lakeUrl) =>
  runThroughputBench({
    siteUrl,
    lakeUrl,
    articlePath: process.env.BENCH_ARTICLE ?? '/reviews/john-wick-chapter-4',
    connections: Number(process.env.BENCH_CONNECTIONS ?? '20'),
    durationSeconds: Number(process.env.BENCH_DURATION ?? '10'),
    includeOrigin: true,
    log: (line) => console.error(line),
  }),
)
console.log(formatThroughputReport(report))
