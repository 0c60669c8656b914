import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import {
  ANONYMOUS,
  authenticate,
  requireWriter,
  rootTokenVerifier,
  tokensMatch,
} from '../../../sanity/lake/http/auth.ts'
import { HttpError } from '../../../sanity/lake/http/http-error.ts'

function requestWith(authorization?: string) {
  return Object.assign(Readable.from([]), { headers: authorization === undefined ? {} : { authorization } })
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
})
