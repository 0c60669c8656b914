// Builds the lake's TokenVerifier: the root token (the administrator `lake-admin`), then personal
// tokens looked up in SQLite on every request, so a token created or revoked by the CLI counts at once.
import { createHash, timingSafeEqual } from 'node:crypto'
import { type Identity, ROOT_USER_ID } from './identity.ts'
import type { UserDirectory } from './user-directory.ts'

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest()
}

/** Compares over equal-length digests so neither the content nor the length of the secret leaks. */
export function tokensMatch(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected))
}

export function rootTokenVerifier(rootToken: string): (token: string) => Identity | undefined {
  return (token) =>
    tokensMatch(token, rootToken) ? { kind: 'user', userId: ROOT_USER_ID, role: 'administrator' } : undefined
}

export function lakeTokenVerifier(
  rootToken: string,
  directory: Pick<UserDirectory, 'verify'>,
): (token: string) => Identity | undefined {
  const root = rootTokenVerifier(rootToken)
  return (token) => root(token) ?? directory.verify(token)
}
