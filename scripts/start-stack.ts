// `npm run start:stack`: the whole production stack on one machine, for people who self-host: the lake
// (supervised, when none answers at a local LAKE_URL) and the site (`npm start`, scripts/start.ts), with
// Varnish in front when it is installed (EDGE_PORT, default 8080; readers use that port). The site purges
// Varnish on every publish (VARNISH_PURGE_URL). Without varnishd it says so and serves the site alone.
// Build first: `npm run build`.
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { findVarnishd, type RunningVarnish, startVarnish } from './lib/varnish-process.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const sitePort = Number(process.env.PORT ?? '3000')
const edgePort = Number(process.env.EDGE_PORT ?? '8080')
const edgeHost = process.env.EDGE_HOST ?? '0.0.0.0'

function checkPort(name: string, port: number): void {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name} must be a port number`)
}

async function main(): Promise<void> {
  checkPort('PORT', sitePort)
  checkPort('EDGE_PORT', edgePort)
  let varnish: RunningVarnish | undefined
  if (findVarnishd()) {
    varnish = await startVarnish({
      host: edgeHost,
      port: edgePort,
      backendHost: '127.0.0.1',
      backendPort: sitePort,
      memory: process.env.EDGE_MEMORY ?? '256m',
      log: (line) => console.log(`varnish: ${line}`),
    })
    console.log(`start:stack: Varnish on ${edgeHost}:${edgePort} in front of the site on port ${sitePort}`)
  } else {
    console.warn(
      'start:stack: varnishd is not installed (Debian: apt-get install varnish varnish-modules); serving the site without an edge cache',
    )
  }
  const env = {
    ...process.env,
    PORT: String(sitePort),
    // Loopback: marquee.vcl accepts PURGE from this machine only.
    ...(varnish ? { VARNISH_PURGE_URL: `http://127.0.0.1:${edgePort}/` } : {}),
  }
  const site: ChildProcess = spawn(process.execPath, ['scripts/start.ts', ...process.argv.slice(2)], {
    cwd: root,
    env,
    stdio: 'inherit',
  })
  let stopping = false
  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true
    site.kill(signal)
    void varnish?.stop()
  }
  process.on('SIGINT', stopAll)
  process.on('SIGTERM', stopAll)
  site.on('exit', (code) => {
    process.exitCode = code ?? 1
    void varnish?.stop()
  })
  varnish?.process.on('exit', (code) => {
    if (stopping || site.exitCode !== null) return
    console.error(`start:stack: varnishd exited (code ${code ?? 'unknown'}); stopping the site`)
    process.exitCode = code || 1
    site.kill('SIGTERM')
  })
}

main().catch((error: unknown) => {
  console.error(`start:stack: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
