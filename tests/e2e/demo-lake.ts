// The world the browser tests and the site benches share: a lake in a temp dir with the demo magazine
// imported, and the environment `next build`/`next start` get to read it (one place, so they cannot drift).
import { runImport } from '#sanity/lake/commands/import.ts'
import { DEMO_DATASET_DIR } from '#sanity/lake/commands/seed.ts'
import { type RunningLake, startLake } from '#sanity/lake/server.ts'
import { BIN, HOST } from './next-server.ts'

export interface DemoLakeOptions {
  /** 0 for any free port; a reused build needs the port it was built against. */
  port: number
  dataDir: string
  token: string
  /** The site's origin: the only one the lake lets sign in and read cross-origin (the Studio runs there). */
  siteUrl: string
  log: (line: string) => void
}

/** A lake on this machine with the demo magazine imported. */
export async function startDemoLake(options: DemoLakeOptions): Promise<RunningLake> {
  const { port, dataDir, token, siteUrl, log } = options
  const lake = await startLake({ port, host: HOST, dataDir, token, corsOrigins: [siteUrl], log })
  try {
    await runImport(
      DEMO_DATASET_DIR,
      'production',
      'replace',
      { port: lake.port, host: HOST, dataDir, token },
      () => {},
    )
  } catch (error) {
    await lake.close()
    throw error
  }
  return lake
}

/** What the production site reads: the lake over plain HTTP, the Studio's lake over TLS, the site's own URL. */
export function siteEnv(lake: RunningLake, siteUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${BIN}:${process.env.PATH ?? ''}`,
    LAKE_URL: lake.url,
    // The Studio bakes its API host in at build time; browsers send local.localhost to loopback and speak
    // HTTP/2 to the lake over TLS (same port as LAKE_URL).
    NEXT_PUBLIC_LAKE_URL: lake.secureUrl,
    NEXT_PUBLIC_SITE_URL: siteUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  }
}
