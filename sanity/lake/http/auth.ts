// Who is asking: a bearer token (the root token or a user's personal token), or nobody (anonymous,
// published content only). Roles and permissions live in users/; this module reads the header.
import { ANONYMOUS, type Identity, type SignedInUser } from '../users/identity.ts'
import { mayWrite } from '../users/permissions.ts'
import { httpError, unauthorized } from './http-error.ts'
import type { LakeHttpRequest } from './types.ts'

export type { Identity } from '../users/identity.ts'
export { ANONYMOUS, ROOT_USER_ID } from '../users/identity.ts'
export type { Role } from '../users/roles.ts'
export { rootTokenVerifier, tokensMatch } from '../users/token-verifier.ts'

/** Maps a presented token to a user (server.ts builds it from the root token and the users table). */
export type TokenVerifier = (token: string) => Identity | undefined

/** Consulted around each token check so repeated bad tokens from one client slow down (users/failure-limiter.ts). */
export interface TokenAttempts {
  /** Throws a 429 while the client must wait. */
  before(req: LakeHttpRequest): void
  failed(req: LakeHttpRequest): void
  /** Clears the address's failures (the sign-in form calls it; API requests do not). */
  succeeded(req: LakeHttpRequest): void
}

/** No Authorization header -> anonymous; a token that matches nobody -> 401 (Sanity does the same). */
export function authenticate(
  req: LakeHttpRequest,
  verify: TokenVerifier,
  attempts?: TokenAttempts,
): Identity {
  const header = req.headers.authorization
  if (header === undefined || header === '') return ANONYMOUS
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  if (!match?.[1]) throw unauthorized('Invalid Authorization header; expected "Bearer <token>"')
  attempts?.before(req)
  const identity = verify(match[1])
  if (!identity) {
    attempts?.failed(req)
    throw unauthorized('Session not found: the token is not valid for this lake')
  }
  // A valid bearer token does not clear the address's failures: the Studio's steady requests from
  // the same loopback address would otherwise hand a guesser a fresh budget every few seconds.
  return identity
}

export function canWrite(identity: Identity): boolean {
  return identity.kind === 'user' && mayWrite(identity.role)
}

/** Any kind of write (drafts at least); routes that write published ids check users/permissions.ts too. */
export function requireWriter(identity: Identity): SignedInUser {
  if (identity.kind === 'user') {
    if (canWrite(identity)) return identity
    throw httpError(403, 'Insufficient permissions: this token may only read')
  }
  throw unauthorized('Writing to the lake requires a token (Authorization: Bearer <token>)')
}
