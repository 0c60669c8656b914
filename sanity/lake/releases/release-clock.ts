// The scheduler's view of time, injectable so tests move time instead of sleeping.

export interface ReleaseClock {
  /** Milliseconds since the epoch (UTC). */
  now(): number
  /** Calls `callback` after `delayMs`; returns a cancel function. */
  setTimer(callback: () => void, delayMs: number): () => void
}

export const SYSTEM_CLOCK: ReleaseClock = {
  now: () => Date.now(),
  setTimer(callback, delayMs) {
    const timer = setTimeout(callback, delayMs)
    // A far-off schedule must not keep a process (a CLI, a test) alive on its own.
    timer.unref()
    return () => clearTimeout(timer)
  },
}
