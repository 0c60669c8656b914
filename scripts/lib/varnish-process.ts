// Varnish in front of the site, as `npm run start:stack`, the edge-cache tests and the throughput bench run
// it: varnishd in the foreground with the repo's policy (deploy/varnish/marquee.vcl) behind a generated
// backend definition, its working directory in a temp folder. Debian: `apt-get install varnish varnish-modules`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const VCL_DIR = resolve(import.meta.dirname, '../../deploy/varnish')
const VARNISHD_CANDIDATES = ['/usr/sbin/varnishd', '/usr/local/sbin/varnishd']

export interface VarnishOptions {
  /** Where Varnish listens. */
  host: string
  port: number
  /** The site it caches (`next start`). */
  backendHost: string
  backendPort: number
  /** Cache size (varnishd -s malloc,<size>). */
  memory?: string
  /** Lines varnishd prints (startup, child crashes). */
  log?: (line: string) => void
}

export interface RunningVarnish {
  url: string
  /** Where the site sends its PURGE requests (VARNISH_PURGE_URL). */
  purgeUrl: string
  process: ChildProcess
  stop(): Promise<void>
}

/** The varnishd binary, or undefined when Varnish is not installed (it is optional for self-hosting). */
export function findVarnishd(): string | undefined {
  const fromPath = spawnSync('sh', ['-c', 'command -v varnishd'], { encoding: 'utf8' }).stdout.trim()
  if (fromPath) return fromPath
  return VARNISHD_CANDIDATES.find((candidate) => existsSync(candidate))
}

/** The VCL varnishd loads: the site's address, then the repo's policy. */
export function backendVcl(host: string, port: number): string {
  return [
    'vcl 4.1;',
    '',
    'backend site {',
    `  .host = "${host}";`,
    `  .port = "${port}";`,
    '  .first_byte_timeout = 30s;',
    '}',
    '',
    'include "marquee.vcl";',
    '',
  ].join('\n')
}

async function answers(url: string): Promise<boolean> {
  try {
    // Any answer (even a 503 while the site starts) means Varnish is listening.
    await (await fetch(`${url}/api/varnish-probe`, { signal: AbortSignal.timeout(1000) })).arrayBuffer()
    return true
  } catch {
    return false
  }
}

export async function startVarnish(options: VarnishOptions): Promise<RunningVarnish> {
  const varnishd = findVarnishd()
  if (!varnishd)
    throw new Error('varnishd is not installed (Debian: apt-get install varnish varnish-modules)')
  const workDir = mkdtempSync(join(tmpdir(), 'marquee-varnish-'))
  // Run as root, varnishd's worker drops to its own user, which must reach the instance folder inside.
  chmodSync(workDir, 0o755)
  const vclFile = join(workDir, 'site.vcl')
  writeFileSync(vclFile, backendVcl(options.backendHost, options.backendPort))
  const child = spawn(
    varnishd,
    [
      '-F',
      ...['-n', join(workDir, 'instance')],
      ...['-a', `${options.host}:${options.port}`],
      ...['-f', vclFile],
      ...['-p', `vcl_path=${VCL_DIR}:${workDir}`],
      ...['-s', `malloc,${options.memory ?? '256m'}`],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-10_000)
    for (const line of chunk.toString().split('\n')) if (line.trim()) options.log?.(line)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${options.port}`
  const stop = () =>
    new Promise<void>((resolveStop) => {
      const done = () => {
        rmSync(workDir, { recursive: true, force: true })
        resolveStop()
      }
      if (child.exitCode !== null || child.signalCode !== null) return done()
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
      child.once('exit', () => {
        clearTimeout(force)
        done()
      })
      child.kill('SIGTERM')
    })
  const deadline = Date.now() + 30_000
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`varnishd did not start on ${url}:\n${output}`)
    }
    await new Promise((wait) => setTimeout(wait, 200))
  }
  return { url, purgeUrl: `${url}/`, process: child, stop }
}
