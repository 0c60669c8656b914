// Time that only moves when a test says so, for the lake's release scheduler (startLake({releases: {clock}})).
import type { ReleaseClock } from '#sanity/lake/releases/release-clock.ts'

export class ManualClock implements ReleaseClock {
  #now: number
  #timers: { at: number; callback: () => void; cancelled: boolean }[] = []

  constructor(start: string) {
    this.#now = Date.parse(start)
  }

  now(): number {
    return this.#now
  }

  setTimer(callback: () => void, delayMs: number): () => void {
    const timer = { at: this.#now + delayMs, callback, cancelled: false }
    this.#timers.push(timer)
    return () => {
      timer.cancelled = true
    }
  }

  /** Moves to `target` (ISO), running every timer due on the way at its own time. */
  advanceTo(target: string): void {
    const end = Date.parse(target)
    for (;;) {
      this.#timers = this.#timers.filter((timer) => !timer.cancelled)
      const next = this.#timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0]
      if (!next) break
      this.#now = Math.max(this.#now, next.at)
      next.cancelled = true
      next.callback()
    }
    this.#now = end
  }

  /** Runs timers already due (a zero wait), as the event loop would on the next tick. */
  tick(): void {
    this.advanceTo(new Date(this.#now).toISOString())
  }
}
