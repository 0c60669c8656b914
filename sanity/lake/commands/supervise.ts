// `lake supervise`: runs `lake start` as a child process and starts it again when it dies (a crash, an
// out-of-memory abort, kill -9), with a growing pause between attempts. A lake that keeps dying within
// seconds of starting (port taken, broken data dir) is given up on with a message rather than looped on.
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** `lake start` exits with 2 for a configuration mistake: starting it again cannot help. */
const CONFIG_ERROR_EXIT = 2

export interface SupervisorOptions {
  /** Starts one lake process (the seam tests use to start something that crashes on purpose). */
  start: () => ChildProcess
  log: (line: string) => void
  /** Pause before the first restart; doubled after each fast crash in a row. Default 500 ms. */
  initialDelayMs?: number
  /** Longest pause between restarts. Default 15 s. */
  maxDelayMs?: number
  /** A lake that dies sooner than this after starting counts as a fast crash. Default 10 s. */
  fastCrashMs?: number
  /** Give up after this many fast crashes in a row. Default 5. */
  maxFastCrashes?: number
}

export interface Supervisor {
  /** The supervisor's exit code once it stops: 0 after stop() or a clean lake exit, else non-zero. */
  readonly done: Promise<number>
  /** Stops supervising and sends `signal` to the running lake; resolves with `done`. */
  stop(signal?: NodeJS.Signals): Promise<number>
}

interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
}

function exitOf(child: ChildProcess): Promise<Exit> {
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }))
    // A process that could not be spawned at all never emits 'exit'.
    child.once('error', () => resolve({ code: child.exitCode ?? 1, signal: null }))
  })
}

export function describeExit({ code, signal }: Exit): string {
  return signal ? `signal ${signal}` : `code ${code ?? 'unknown'}`
}

export function superviseLake(options: SupervisorOptions): Supervisor {
  const initialDelayMs = options.initialDelayMs ?? 500
  const maxDelayMs = options.maxDelayMs ?? 15_000
  const fastCrashMs = options.fastCrashMs ?? 10_000
  const maxFastCrashes = options.maxFastCrashes ?? 5
  let stopping = false
  let current: ChildProcess | undefined
  let wake: (() => void) | undefined

  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })

  async function run(): Promise<number> {
    let fastCrashes = 0
    while (!stopping) {
      const startedAt = Date.now()
      const child = options.start()
      current = child
      options.log(`started the lake (pid ${child.pid ?? 'unknown'})`)
      const exit = await exitOf(child)
      current = undefined
      if (stopping) return 0
      if (exit.code === 0) {
        options.log('lake stopped cleanly (exit code 0); not restarting')
        return 0
      }
      if (exit.code === CONFIG_ERROR_EXIT) {
        options.log('lake exited with code 2 (a configuration error, see above); not restarting')
        return CONFIG_ERROR_EXIT
      }
      fastCrashes = Date.now() - startedAt < fastCrashMs ? fastCrashes + 1 : 0
      if (fastCrashes >= maxFastCrashes) {
        options.log(
          `lake exited with ${describeExit(exit)}; it died ${fastCrashes} times in a row within ` +
            `${fastCrashMs / 1000} s of starting, giving up (see the errors above)`,
        )
        return 1
      }
      const delayMs = Math.min(initialDelayMs * 2 ** Math.max(0, fastCrashes - 1), maxDelayMs)
      options.log(`lake exited with ${describeExit(exit)}; restarting in ${delayMs / 1000}s`)
      await pause(delayMs)
    }
    return 0
  }

  const done = run()
  return {
    done,
    stop(signal = 'SIGTERM') {
      stopping = true
      current?.kill(signal)
      wake?.()
      return done
    },
  }
}

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url))

export async function superviseCommand(args: readonly string[]): Promise<void> {
  const supervisor = superviseLake({
    start: () => spawn(process.execPath, [CLI, 'start', ...args], { stdio: 'inherit' }),
    log: (line) => console.error(`lake supervisor: ${line}`),
  })
  const stop = (signal: NodeJS.Signals): void => {
    void supervisor.stop(signal)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  process.exitCode = await supervisor.done
}
