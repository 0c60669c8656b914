// Personal tokens: `lakeu_<token id>_<secret>`. The prefix makes a leaked token recognisable (secret
// scanners, logs); the id finds its row without searching by secret; only a SHA-256 of the whole token
// is stored, and it is compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

export const USER_TOKEN_PREFIX = 'lakeu_'
const TOKEN_PATTERN = /^lakeu_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/
/** 32 random bytes: 43 base64url characters. */
const SECRET_BYTES = 32

export interface NewToken {
  id: string
  token: string
  hash: Buffer
}

export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest()
}

export function generateUserToken(): NewToken {
  const id = randomBytes(6).toString('hex')
  const token = `${USER_TOKEN_PREFIX}${id}_${randomBytes(SECRET_BYTES).toString('base64url')}`
  return { id, token, hash: tokenHash(token) }
}

/** The token id a presented token claims, or undefined when it is not shaped like a user token. */
export function userTokenId(token: string): string | undefined {
  return TOKEN_PATTERN.exec(token)?.[1]
}

/** Constant time over equal-length digests: neither content nor length of the stored hash leaks. */
export function tokenMatchesHash(token: string, storedHash: Uint8Array): boolean {
  const presented = tokenHash(token)
  return storedHash.length === presented.length && timingSafeEqual(presented, storedHash)
}
