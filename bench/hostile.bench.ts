// The lake under hostile queries: the latency of a trivial query on its own, then while hostile queries run
// in parallel (a triple nested scan, a 100 KB `1+1+…`, `match` against a 1 MB and a 60 KB string), in the
// same run, against a seeded lake in its own process (so the timings include whatever blocks its event loop).
// Run: npm run bench:hostile   Options: --seconds=15 (each phase), --root=<checkout> (another checkout's lake,
// e.g. to measure main; requests there give up after --give-up=30 seconds).
import { join, resolve } from 'node:path'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { type BenchLake, option, rssMb, spawnBenchLake } from './lake-harness.ts'

const PHASE_MS = Number(option('seconds', '15')) * 1000
const GIVE_UP_MS = Number(option('give-up', '30')) * 1000
const ROOT = resolve(option('root', join(import.meta.dirname, '..')))
const CLI = join(ROOT, 'sanity/lake/cli.ts')
const TOKEN = 'hostile-bench-token'
const API = '/v2025-02-19/data/query/production'
const TRIVIAL = '*[_type == "film"][0]{_id, title}'

interface Hostile {
  readonly name: string
  readonly query: string
}

const HOSTILE: readonly Hostile[] = [
  { name: 'nested scans *{"x": *{"y": *}}', query: '*{"x": *{"y": *}}' },
  { name: '1+1+… (50k terms, 100 KB)', query: Array.from({ length: 50_000 }, () => '1').join('+') },
  { name: 'title match "<1 MB>"', query: `*[title match "${'a'.repeat(1_000_000)}"]` },
  { name: 'title match "<60 KB>"', query: `*[title match "${'a* '.repeat(20_000)}"]` },
]

async function timedQuery(url: string, query: string): Promise<{ ms: number; status: string }> {
  const start = performance.now()
  try {
    const response =
      query.length > 2_000
        ? await fetch(`${url}${API}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
            signal: AbortSignal.timeout(GIVE_UP_MS),
          })
        : await fetch(`${url}${API}?query=${encodeURIComponent(query)}`, {
            signal: AbortSignal.timeout(GIVE_UP_MS),
          })
    const body: unknown = await response.json()
    const type =
      typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'object'
        ? ` ${JSON.stringify(body.error && 'type' in body.error ? body.error.type : '')}`
        : ''
    return { ms: performance.now() - start, status: `${response.status}${type}` }
  } catch (error) {
    return { ms: performance.now() - start, status: error instanceof Error ? error.name : 'error' }
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

async function trivialLoop(url: string, until: number): Promise<number[]> {
  const times: number[] = []
  while (Date.now() < until) {
    const { ms, status } = await timedQuery(url, TRIVIAL)
    times.push(status === '200' ? ms : Number.POSITIVE_INFINITY)
  }
  return times.sort((a, b) => a - b)
}

async function hostileLoop(url: string, hostile: Hostile, until: number): Promise<string[]> {
  const outcomes: string[] = []
  while (Date.now() < until) {
    const { ms, status } = await timedQuery(url, hostile.query)
    outcomes.push(`${status} in ${(ms / 1000).toFixed(1)} s`)
  }
  return outcomes
}

function row(label: string, times: readonly number[]): string {
  const fmt = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : 'failed')
  return `${label.padEnd(26)} ${String(times.length).padStart(6)}  p50 ${fmt(percentile(times, 50)).padStart(10)}  p99 ${fmt(percentile(times, 99)).padStart(10)}  max ${fmt(times.at(-1) ?? Number.NaN).padStart(10)}`
}

async function main(): Promise<void> {
  const lake: BenchLake = await spawnBenchLake({ cli: CLI, token: TOKEN, seed: true })
  const { url } = lake
  try {
    console.log(`lake from ${ROOT} on ${url}, ${PHASE_MS / 1000} s per phase`)
    await trivialLoop(url, Date.now() + 1_000) // warm-up
    const baseline = await trivialLoop(url, Date.now() + PHASE_MS)

    let maxRss = rssMb(lake.process.pid)
    const sampler = setInterval(() => {
      maxRss = Math.max(maxRss, rssMb(lake.process.pid))
    }, 250)
    const until = Date.now() + PHASE_MS
    // The hostile senders get their own thread: building and reading 1 MB bodies must not delay the timer.
    const senders = new Worker(new URL(import.meta.url), {
      workerData: { url, until },
      argv: process.argv.slice(2),
    })
    const hostileDone = new Promise<unknown>((resolve) => senders.once('message', resolve))
    const underLoad = await trivialLoop(url, until)
    const reported = await hostileDone
    const hostile: string[][] = Array.isArray(reported) ? reported : []
    clearInterval(sampler)
    const alive = lake.process.exitCode === null ? 'alive' : `exited (${lake.process.exitCode})`

    console.log(`\ntrivial query: ${TRIVIAL}`)
    console.log(row('no hostile load', baseline))
    console.log(row('4 hostile queries looping', underLoad))
    console.log(`\nhostile queries (status and time of each answer):`)
    HOSTILE.forEach((query, index) => {
      const outcomes = hostile[index] ?? []
      const shown = outcomes.slice(0, 3).join(', ')
      console.log(`  ${query.name}: ${outcomes.length} answered; ${shown}${outcomes.length > 3 ? ', …' : ''}`)
    })
    console.log(`\nlake process: ${alive}, max RSS ${maxRss.toFixed(0)} MB during the hostile phase`)
  } finally {
    lake.stop()
  }
}

function isSenderTask(value: unknown): value is { url: string; until: number } {
  return typeof value === 'object' && value !== null && 'url' in value && 'until' in value
}

if (isMainThread) {
  await main()
} else if (isSenderTask(workerData)) {
  const { url, until } = workerData
  parentPort?.postMessage(await Promise.all(HOSTILE.map((query) => hostileLoop(url, query, until))))
}
