// Write latency with listeners attached, in the same run: a 100 KB document written with no listeners, then
// with 200 reading listeners (half with one shared query, half with a query each; writes back to back, then
// 100 ms apart so the previous write's deliveries are not in the way), then 200 listeners that
// stopped reading while 1 MB documents are written (the lake's memory, and that it drops them).
// The lake runs in its own process; the listeners are raw sockets in a worker thread of this one (reading
// 200 streams must not delay the timing of the writes).
// Run: npm run bench:listeners   Options: --writes=40 (per phase)
import { connect, type Socket } from 'node:net'
import { join } from 'node:path'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { option, rssMb, spawnBenchLake } from './lake-harness.ts'

const WRITES = Number(option('writes', '40'))
const CLI = join(import.meta.dirname, '../sanity/lake/cli.ts')
const TOKEN = 'listeners-bench-token'
const LISTENERS = 200
/** Spaced writes measure the write path alone: the previous write's deliveries are done by then. */
const GAP_MS = 100

/** A listener on a raw socket: the first half authenticated, the second anonymous (two clients' caps). */
function listener(port: number, query: string, authenticated: boolean, reading: boolean): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      const auth = authenticated ? `Authorization: Bearer ${TOKEN}\r\n` : ''
      const path = `/v2025-02-19/data/listen/production?query=${encodeURIComponent(query)}`
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${auth}\r\n`)
      socket.once('data', (first) => {
        if (!first.toString().startsWith('HTTP/1.1 200')) reject(new Error(first.toString().split('\r\n')[0]))
        if (reading) socket.on('data', () => {})
        else socket.pause()
        resolve(socket)
      })
    })
    socket.once('error', reject)
  })
}

async function openListeners(port: number, reading: boolean): Promise<Socket[]> {
  const sockets: Socket[] = []
  for (let i = 0; i < LISTENERS; i++) {
    const query = i % 2 === 0 ? '*[_type == "big"]' : `*[_type == "big" && _id != "other-${i}"]`
    sockets.push(await listener(port, query, i < LISTENERS / 2, reading))
  }
  return sockets
}

async function write(url: string, id: string, size: number): Promise<number> {
  const start = performance.now()
  const response = await fetch(`${url}/v2025-02-19/data/mutate/production`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      mutations: [{ createOrReplace: { _id: id, _type: 'big', body: 'x'.repeat(size) } }],
    }),
  })
  await response.text()
  if (!response.ok) throw new Error(`write failed: ${response.status}`)
  return performance.now() - start
}

/** Sequential writes; `gapMs` apart (the listeners' deliveries done in between) or back to back. */
async function writes(url: string, size: number, count: number, gapMs = 0): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    times.push(await write(url, `big-${i % 5}`, size))
    if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs))
  }
  return times.sort((a, b) => a - b)
}

function summary(label: string, times: readonly number[]): string {
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? 0
  return `${label.padEnd(44)} p50 ${at(50).toFixed(1).padStart(7)} ms  p99 ${at(99).toFixed(1).padStart(7)} ms`
}

async function main(): Promise<void> {
  const lake = await spawnBenchLake({ cli: CLI, token: TOKEN, stdio: ['ignore', 'ignore', 'inherit'] })
  const { url, port } = lake
  try {
    await writes(url, 100_000, 5) // warm-up
    const alone = await writes(url, 100_000, WRITES)
    const aloneSpaced = await writes(url, 100_000, WRITES, GAP_MS)

    const host = new ListenerHost(port)
    await host.ask('openReading')
    const withReaders = await writes(url, 100_000, WRITES)
    const withReadersSpaced = await writes(url, 100_000, WRITES, GAP_MS)
    await host.ask('closeAll')
    await new Promise((resolve) => setTimeout(resolve, 500))

    await host.ask('openStalled')
    const rssBefore = rssMb(lake.process.pid)
    const withStalled = await writes(url, 1_000_000, 6)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const rssAfter = rssMb(lake.process.pid)
    const ended = await host.ask('resumeAndCountEnded')
    await host.ask('closeAll')
    await host.worker.terminate()

    console.log(`${WRITES} writes of a 100 KB document per phase; lake on ${url}`)
    console.log(summary('no listeners, back to back', alone))
    console.log(summary(`no listeners, ${GAP_MS} ms apart`, aloneSpaced))
    console.log(summary(`${LISTENERS} reading listeners, back to back`, withReaders))
    console.log(summary(`${LISTENERS} reading listeners, ${GAP_MS} ms apart`, withReadersSpaced))
    console.log(summary(`${LISTENERS} stalled listeners, six 1 MB writes`, withStalled))
    console.log(
      `stalled phase: lake RSS ${rssBefore.toFixed(0)} -> ${rssAfter.toFixed(0)} MB; ` +
        `${ended} of ${LISTENERS} stalled listeners dropped by the lake`,
    )
  } finally {
    lake.stop()
  }
}

type Command = 'openReading' | 'openStalled' | 'closeAll' | 'resumeAndCountEnded'

/** The listeners' thread, driven one command at a time; each answers with a number. */
class ListenerHost {
  readonly worker: Worker

  constructor(port: number) {
    this.worker = new Worker(new URL(import.meta.url), { workerData: { port } })
  }

  ask(command: Command): Promise<number> {
    return new Promise((resolve) => {
      this.worker.once('message', (answer: unknown) => resolve(typeof answer === 'number' ? answer : 0))
      this.worker.postMessage(command)
    })
  }
}

function hostListeners(port: number): void {
  let sockets: Socket[] = []
  parentPort?.on('message', async (command: unknown) => {
    if (command === 'openReading' || command === 'openStalled') {
      sockets = await openListeners(port, command === 'openReading')
      parentPort?.postMessage(sockets.length)
    } else if (command === 'closeAll') {
      for (const socket of sockets) socket.destroy()
      sockets = []
      parentPort?.postMessage(0)
    } else if (command === 'resumeAndCountEnded') {
      const ended = sockets.map(
        (socket) =>
          new Promise<boolean>((resolve) => {
            socket.once('end', () => resolve(true))
            socket.once('close', () => resolve(true))
            setTimeout(() => resolve(false), 2_000)
          }),
      )
      for (const socket of sockets) socket.on('data', () => {}).resume()
      parentPort?.postMessage((await Promise.all(ended)).filter(Boolean).length)
    }
  })
}

if (isMainThread) {
  await main()
} else if (typeof workerData === 'object' && workerData !== null && 'port' in workerData) {
  hostListeners(Number(workerData.port))
}
