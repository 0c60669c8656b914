// What the lake benches share: `--name=value` options, a lake in its own process on a random port in a
// temp dir (seeded first when asked), and its resident memory.
import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export function option(name: string, fallback: string): string {
  const prefix = `--${name}=`
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? fallback
}

/** Resident memory of a process in MB (Linux /proc; 0 elsewhere or once it is gone). */
export function rssMb(pid: number | undefined): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) / 1024 : 0
  } catch {
    return 0
  }
}

export interface BenchLake {
  url: string
  port: number
  process: ChildProcess
  /** Kills the lake and removes its data dir. */
  stop(): void
}

export interface BenchLakeOptions {
  /** The lake's CLI (sanity/lake/cli.ts of this or another checkout). */
  cli: string
  token: string
  /** Imports the demo magazine (`lake seed`) before starting. */
  seed?: boolean
  /** The lake's stdio; default: all ignored. */
  stdio?: StdioOptions
}

function runCli(cli: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: 'inherit' })
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`lake ${args.join(' ')}: exit ${code}`)),
    )
  })
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the lake exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${url}/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('the lake did not start')
}

/** A lake in its own process (so timings include whatever blocks its event loop), answering /health. */
export async function spawnBenchLake(options: BenchLakeOptions): Promise<BenchLake> {
  const dataDir = mkdtempSync(join(tmpdir(), 'marquee-bench-lake-'))
  const port = 20_000 + Math.floor(Math.random() * 20_000)
  const url = `http://127.0.0.1:${port}`
  const env = { ...process.env, LAKE_DATA_DIR: dataDir, LAKE_PORT: String(port), LAKE_TOKEN: options.token }
  let lake: ChildProcess | undefined
  const stop = () => {
    lake?.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    if (options.seed) await runCli(options.cli, ['seed'], env)
    lake = spawn(process.execPath, [options.cli], { env, stdio: options.stdio ?? 'ignore' })
    await waitForHealth(url, lake)
    return { url, port, process: lake, stop }
  } catch (error) {
    stop()
    throw error
  }
}
