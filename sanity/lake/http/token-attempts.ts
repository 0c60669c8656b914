// Per-client throttling of token guesses, shared by bearer tokens on the API and the sign-in form:
// the client is the remote address (the lake listens on loopback by default, so every local client
// shares one budget; only failures count, and a success clears them).
import { FailureLimiter, type LimiterVerdict } from '../users/failure-limiter.ts'
import type { TokenAttempts } from './auth.ts'
import { httpError } from './http-error.ts'
import type { LakeContext, LakeHttpRequest } from './types.ts'

export function clientAddress(req: LakeHttpRequest): string {
  const socket = 'socket' in req ? req.socket : undefined
  if (typeof socket === 'object' && socket !== null && 'remoteAddress' in socket) {
    if (typeof socket.remoteAddress === 'string') return socket.remoteAddress
  }
  return 'unknown'
}

export function tooManyAttempts(retryAfterSeconds: number) {
  return httpError(
    429,
    `Too many failed sign-in attempts from this address; try again in ${retryAfterSeconds} s`,
    { 'retry-after': String(retryAfterSeconds) },
  )
}

export function tokenAttempts(limiter: FailureLimiter): TokenAttempts & {
  verdict(req: LakeHttpRequest): LimiterVerdict
} {
  return {
    verdict: (req) => limiter.check(clientAddress(req)),
    before(req) {
      const verdict = limiter.check(clientAddress(req))
      if (!verdict.allowed) throw tooManyAttempts(verdict.retryAfterSeconds)
    },
    failed: (req) => limiter.recordFailure(clientAddress(req)),
    succeeded: (req) => limiter.recordSuccess(clientAddress(req)),
  }
}

const limiters = new WeakMap<LakeContext, ReturnType<typeof tokenAttempts>>()

/** One budget per running lake (tests start many lakes in one process). */
export function tokenAttemptsFor(lake: LakeContext): ReturnType<typeof tokenAttempts> {
  let found = limiters.get(lake)
  if (!found) {
    found = tokenAttempts(new FailureLimiter())
    limiters.set(lake, found)
  }
  return found
}
