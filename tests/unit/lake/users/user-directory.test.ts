// Users and tokens on a real SQLite file in a temp dir.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { lakeTokenVerifier } from '#sanity/lake/users/token-verifier.ts'
import { UserDirectory, UserDirectoryError } from '#sanity/lake/users/user-directory.ts'
import {
  generateUserToken,
  tokenHash,
  tokenMatchesHash,
  userTokenId,
} from '#sanity/lake/users/user-tokens.ts'

let dataDir: string
let directory: UserDirectory

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'marquee-users-'))
  directory = UserDirectory.open(dataDir)
})

afterEach(() => {
  directory.close()
  rmSync(dataDir, { recursive: true, force: true })
})

function refusal(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    return error instanceof UserDirectoryError ? error.code : 'unexpected'
  }
  return undefined
}

describe('user tokens', () => {
  it('are prefixed, carry their id and 32 random bytes, and match only their own hash', () => {
    const { id, token, hash } = generateUserToken()
    expect(token).toMatch(/^lakeu_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/)
    expect(userTokenId(token)).toBe(id)
    expect(hash).toEqual(tokenHash(token))
    expect(tokenMatchesHash(token, hash)).toBe(true)
    const otherLast = token.endsWith('A') ? 'B' : 'A'
    expect(tokenMatchesHash(`${token.slice(0, -1)}${otherLast}`, hash)).toBe(false)
    expect(tokenMatchesHash(token, hash.subarray(1))).toBe(false)
    expect(generateUserToken().token).not.toBe(token)
    expect(userTokenId('lake_abc')).toBeUndefined()
  })
})

describe('UserDirectory', () => {
  it('adds, lists and removes users', () => {
    directory.addUser({ id: 'ada', name: 'Ada', email: 'ada@example.com', role: 'editor' })
    expect(directory.listUsers()).toEqual([
      expect.objectContaining({ id: 'ada', name: 'Ada', email: 'ada@example.com', role: 'editor' }),
    ])
    expect(refusal(() => directory.addUser({ id: 'ada', name: 'A', email: 'a@b.co', role: 'viewer' }))).toBe(
      'exists',
    )
    directory.removeUser('ada')
    expect(directory.listUsers()).toEqual([])
    expect(refusal(() => directory.removeUser('ada'))).toBe('notFound')
  })

  it.each([
    { id: 'lake-admin', name: 'x', email: 'x@y.zz', role: 'editor' },
    { id: 'bad id', name: 'x', email: 'x@y.zz', role: 'editor' },
    { id: 'ok', name: 'x', email: 'not-an-email', role: 'editor' },
    { id: 'ok', name: 'x', email: 'x@y.zz', role: 'owner' },
    { id: 'ok', name: '  ', email: 'x@y.zz', role: 'viewer' },
  ])('refuses %o', (input) => {
    expect(refusal(() => directory.addUser(input))).toBe('invalid')
  })

  it('verifies a token until it is revoked or its user removed', () => {
    directory.addUser({ id: 'cy', name: 'Cy', email: 'cy@example.com', role: 'contributor' })
    const first = directory.createToken('cy', 'laptop')
    const second = directory.createToken('cy')
    expect(directory.verify(first.token)).toEqual({ kind: 'user', userId: 'cy', role: 'contributor' })
    expect(directory.verify(`${first.token}x`)).toBeUndefined()
    directory.revokeToken(first.record.id)
    expect(directory.verify(first.token)).toBeUndefined()
    expect(directory.listTokens()).toEqual([
      expect.objectContaining({ id: first.record.id, label: 'laptop', revoked: true }),
      expect.objectContaining({ id: second.record.id, revoked: false }),
    ])
    directory.removeUser('cy')
    expect(directory.verify(second.token)).toBeUndefined()
    expect(directory.listTokens()).toEqual([])
    expect(refusal(() => directory.createToken('cy'))).toBe('notFound')
  })

  it('sees rows another connection writes (the CLI while the lake runs)', () => {
    const other = UserDirectory.open(dataDir)
    try {
      other.addUser({ id: 'vi', name: 'Vi', email: 'vi@example.com', role: 'viewer' })
      const { token } = other.createToken('vi')
      const verify = lakeTokenVerifier('root-secret', directory)
      expect(verify(token)).toEqual({ kind: 'user', userId: 'vi', role: 'viewer' })
      expect(verify('root-secret')).toEqual({ kind: 'user', userId: 'lake-admin', role: 'administrator' })
      expect(verify('nope')).toBeUndefined()
    } finally {
      other.close()
    }
  })

  it('keeps the database private (0600)', () => {
    directory.addUser({ id: 'ada', name: 'Ada', email: 'ada@example.com', role: 'editor' })
    for (const file of ['lake.sqlite', 'lake.sqlite-wal', 'lake.sqlite-shm']) {
      expect(statSync(join(dataDir, file)).mode & 0o777).toBe(0o600)
    }
  })
})
