// Who is asking: a bearer token checked in constant time, or nobody (anonymous, published content only).
import { createHash, timingSafeEqual } from 'node:crypto'
import { httpError, unauthorized } from './http-error.ts'
import type { LakeHttpRequest } from './types.ts'

export type Role = 'administrator' | 'editor' | 'contributor' | 'viewer'

export type Identity = { kind: 'anonymous' } | { kind: 'user'; userId: string; role: Role }

export const ANONYMOUS: Identity = { kind: 'anonymous' }

/** Maps a presented token to a user; the auth module can replace the default single-token verifier. */
export type TokenVerifier = (token: string) => Identity | undefined

/** The id the lake's root token writes as (transaction authors, users/me). */
export const ROOT_USER_ID = 'lake-admin'

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest()
}

/** Compares over equal-length digests so neither the content nor the length of the secret leaks. */
export function tokensMatch(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected))
}

export function rootTokenVerifier(rootToken: string): TokenVerifier {
  return (token) =>
    tokensMatch(token, rootToken) ? { kind: 'user', userId: ROOT_USER_ID, role: 'administrator' } : undefined
}

/** No Authorization header -> anonymous; a token that matches nobody -> 401 (Sanity does the same). */
export function authenticate(req: LakeHttpRequest, verify: TokenVerifier): Identity {
  const header = req.headers.authorization
  if (header === undefined || header === '') return ANONYMOUS
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  if (!match?.[1]) throw unauthorized('Invalid Authorization header; expected "Bearer <token>"')
  const identity = verify(match[1])
  if (!identity) throw unauthorized('Session not found: the token is not valid for this lake')
  return identity
}

export function canWrite(identity: Identity): boolean {
  return identity.kind === 'user' && identity.role !== 'viewer'
}

export function requireWriter(identity: Identity): Extract<Identity, { kind: 'user' }> {
  if (identity.kind === 'user') {
    if (canWrite(identity)) return identity
    throw httpError(403, 'Insufficient permissions: this token may only read')
  }
  throw unauthorized('Writing to the lake requires a token (Authorization: Bearer <token>)')
}
