// Slows down guessing: per client, the first few failed sign-ins (or bad bearer tokens) are free, then
// every further attempt waits a delay that doubles with each failure, up to a ceiling. While a client
// waits, all its token attempts are refused unchecked, or a guesser could still tell a hit from a miss.

export interface FailureLimiterOptions {
  /** Failures allowed before any delay. Default 5. */
  freeFailures?: number
  /** The first delay, doubled for every further failure. Default 1 s. */
  baseDelayMs?: number
  /** Default 60 s. */
  maxDelayMs?: number
  /** A client's record is forgotten this long after its last failure. Default 15 min. */
  forgetAfterMs?: number
  /** Bounds memory against a flood of addresses; the oldest records go first. Default 10 000. */
  maxClients?: number
  now?: () => number
}

interface ClientRecord {
  failures: number
  lastFailureAt: number
}

export type LimiterVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export class FailureLimiter {
  readonly #clients = new Map<string, ClientRecord>()
  readonly #freeFailures: number
  readonly #baseDelayMs: number
  readonly #maxDelayMs: number
  readonly #forgetAfterMs: number
  readonly #maxClients: number
  readonly #now: () => number

  constructor(options: FailureLimiterOptions = {}) {
    this.#freeFailures = options.freeFailures ?? 5
    this.#baseDelayMs = options.baseDelayMs ?? 1000
    this.#maxDelayMs = options.maxDelayMs ?? 60_000
    this.#forgetAfterMs = options.forgetAfterMs ?? 15 * 60_000
    this.#maxClients = options.maxClients ?? 10_000
    this.#now = options.now ?? Date.now
  }

  /** Whether `client` may try a token now. */
  check(client: string): LimiterVerdict {
    const record = this.#current(client)
    if (!record || record.failures < this.#freeFailures) return { allowed: true }
    const waitMs = record.lastFailureAt + this.#delayMs(record.failures) - this.#now()
    return waitMs <= 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) }
  }

  recordFailure(client: string): void {
    const record = this.#current(client) ?? { failures: 0, lastFailureAt: 0 }
    this.#clients.delete(client)
    this.#clients.set(client, { failures: record.failures + 1, lastFailureAt: this.#now() })
    while (this.#clients.size > this.#maxClients) {
      const oldest = this.#clients.keys().next()
      if (oldest.done) break
      this.#clients.delete(oldest.value)
    }
  }

  recordSuccess(client: string): void {
    this.#clients.delete(client)
  }

  /** The delay after `failures` failures: base, 2x base, 4x base… from the first failure past the free ones. */
  #delayMs(failures: number): number {
    const exponent = Math.min(failures - this.#freeFailures, 30)
    return Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** exponent)
  }

  #current(client: string): ClientRecord | undefined {
    const record = this.#clients.get(client)
    if (record && this.#now() - record.lastFailureAt >= this.#forgetAfterMs) {
      this.#clients.delete(client)
      return undefined
    }
    return record
  }
}
