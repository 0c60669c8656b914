import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import {
  ANONYMOUS,
  authenticate,
  requireWriter,
  rootTokenVerifier,
  tokensMatch,
} from '#sanity/lake/http/auth.ts'
import { HttpError } from '#sanity/lake/http/http-error.ts'
import { tokenAttempts } from '#sanity/lake/http/token-attempts.ts'
import { FailureLimiter } from '#sanity/lake/users/failure-limiter.ts'

function requestWith(authorization?: string, remoteAddress = '127.0.0.1') {
  return Object.assign(Readable.from([]), {
    headers: authorization === undefined ? {} : { authorization },
    socket: { remoteAddress },
  })
}

function statusOf(fn: () => unknown): number | undefined {
  try {
    fn()
  } catch (error) {
    return error instanceof HttpError ? error.statusCode : -1
  }
  return undefined
}

describe('tokens', () => {
  it('compares tokens of any length without throwing', () => {
    expect(tokensMatch('secret', 'secret')).toBe(true)
    expect(tokensMatch('secret', 'secreT')).toBe(false)
    expect(tokensMatch('s', 'a much longer secret')).toBe(false)
    expect(tokensMatch('', 'secret')).toBe(false)
  })

  it('authenticates a bearer token, is anonymous without one and 401s a wrong one', () => {
    const verify = rootTokenVerifier('root-token')
    expect(authenticate(requestWith('Bearer root-token'), verify)).toMatchObject({
      kind: 'user',
      role: 'administrator',
    })
    expect(authenticate(requestWith('bearer root-token'), verify)).toMatchObject({ kind: 'user' })
    expect(authenticate(requestWith(), verify)).toEqual(ANONYMOUS)
    expect(statusOf(() => authenticate(requestWith('Bearer nope'), verify))).toBe(401)
    expect(statusOf(() => authenticate(requestWith('Basic cm9vdA=='), verify))).toBe(401)
  })

  it('lets only writers write: anonymous 401, viewers 403', () => {
    expect(statusOf(() => requireWriter(ANONYMOUS))).toBe(401)
    expect(statusOf(() => requireWriter({ kind: 'user', userId: 'v', role: 'viewer' }))).toBe(403)
    expect(requireWriter({ kind: 'user', userId: 'e', role: 'editor' }).userId).toBe('e')
  })

  it('throttles one client after five bad tokens, without checking its tokens meanwhile', () => {
    const clock = { now: 0 }
    const attempts = tokenAttempts(new FailureLimiter({ now: () => clock.now }))
    const verify = rootTokenVerifier('root-token')
    for (let i = 0; i < 5; i++) {
      expect(statusOf(() => authenticate(requestWith('Bearer nope'), verify, attempts))).toBe(401)
    }
    expect(statusOf(() => authenticate(requestWith('Bearer root-token'), verify, attempts))).toBe(429)
    expect(authenticate(requestWith('Bearer root-token', '10.0.0.2'), verify, attempts)).toMatchObject({
      kind: 'user',
    })
    expect(authenticate(requestWith(), verify, attempts)).toEqual(ANONYMOUS)
    clock.now += 1000
    expect(authenticate(requestWith('Bearer root-token'), verify, attempts)).toMatchObject({ kind: 'user' })
  })
})
