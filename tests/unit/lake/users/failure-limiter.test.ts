import { describe, expect, it } from 'vitest'
import { FailureLimiter } from '#sanity/lake/users/failure-limiter.ts'

function limiterAt(start = 0) {
  const clock = { now: start }
  const limiter = new FailureLimiter({ now: () => clock.now })
  return { clock, limiter }
}

function fail(limiter: FailureLimiter, client: string, times: number): void {
  for (let i = 0; i < times; i++) limiter.recordFailure(client)
}

describe('FailureLimiter', () => {
  it('lets the first five failures through, then asks for a second', () => {
    const { limiter } = limiterAt()
    fail(limiter, 'a', 4)
    expect(limiter.check('a')).toEqual({ allowed: true })
    fail(limiter, 'a', 1)
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })

  it('doubles the wait with every further failure, up to a minute', () => {
    const { clock, limiter } = limiterAt()
    const waits: number[] = []
    for (let failure = 1; failure <= 13; failure++) {
      limiter.recordFailure('a')
      const verdict = limiter.check('a')
      waits.push(verdict.allowed ? 0 : verdict.retryAfterSeconds)
      clock.now += 61_000
    }
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60])
  })

  it('allows the next attempt once the wait is over', () => {
    const { clock, limiter } = limiterAt()
    fail(limiter, 'a', 6)
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 2 })
    clock.now += 1999
    expect(limiter.check('a').allowed).toBe(false)
    clock.now += 1
    expect(limiter.check('a').allowed).toBe(true)
  })

  it('keeps clients apart and forgets a client after a success', () => {
    const { limiter } = limiterAt()
    fail(limiter, 'a', 5)
    expect(limiter.check('b').allowed).toBe(true)
    limiter.recordSuccess('a')
    expect(limiter.check('a').allowed).toBe(true)
    fail(limiter, 'a', 4)
    expect(limiter.check('a').allowed).toBe(true)
  })

  it('forgets failures after a quiet quarter of an hour', () => {
    const { clock, limiter } = limiterAt()
    fail(limiter, 'a', 9)
    clock.now += 15 * 60_000
    limiter.recordFailure('a')
    expect(limiter.check('a').allowed).toBe(true)
  })

  it('bounds the clients it remembers, dropping the oldest', () => {
    const clock = { now: 0 }
    const limiter = new FailureLimiter({ now: () => clock.now, maxClients: 2, freeFailures: 1 })
    limiter.recordFailure('a')
    limiter.recordFailure('b')
    limiter.recordFailure('c')
    expect(limiter.check('a').allowed).toBe(true)
    expect(limiter.check('c').allowed).toBe(false)
  })
})
