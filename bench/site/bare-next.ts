// The site bench's baseline page: bench/site/bare-next, an App Router app with one static page and no code of
// ours, built with the site's own Next and React and served by `next start` like the site. Lighthouse measures
// it in the same run, so what the framework alone scores on this machine stands beside the site's pages.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { BIN, freePort, type NextServer, ROOT, run, startNextServer } from '#tests/e2e/next-server.ts'

const BARE_NEXT_DIR = join(ROOT, 'bench/site/bare-next')
/** Nothing leaves this machine: Next's telemetry is off, as for the site's own builds in the benches and tests. */
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

export async function startBareNext({
  build,
  log,
}: {
  build: boolean
  log: (line: string) => void
}): Promise<NextServer> {
  if (build || !existsSync(join(BARE_NEXT_DIR, '.next/BUILD_ID'))) {
    log('building the bare Next page (bench/site/bare-next) ...')
    await run(join(BIN, 'next'), ['build', BARE_NEXT_DIR], ENV)
  }
  return startNextServer(await freePort(), ENV, BARE_NEXT_DIR)
}
