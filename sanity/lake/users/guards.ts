// Throwing guards over permissions.ts for HTTP handlers (and the Actions API): anonymous callers get a
// 401, signed-in users without the capability a 403, both in Sanity's `{error, message, statusCode}` shape.
import { httpError, unauthorized } from '../http/http-error.ts'
import type { Identity, SignedInUser } from './identity.ts'
import { type Capability, mayWriteDocumentId, roleCan } from './permissions.ts'

export function requireSignedIn(identity: Identity): SignedInUser {
  if (identity.kind === 'user') return identity
  throw unauthorized('Not signed in: send a lake token (Authorization: Bearer <token>)')
}

/** The signed-in user when their role has `capability`; otherwise 401 (anonymous) or 403. */
export function requirePermission(identity: Identity, capability: Capability): SignedInUser {
  if (identity.kind !== 'user') {
    throw unauthorized('This requires a token (Authorization: Bearer <token>)')
  }
  if (roleCan(identity.role, capability)) return identity
  throw httpError(
    403,
    `Insufficient permissions; permission "${capability}" required (role "${identity.role}" does not have it)`,
  )
}

/** The signed-in user when their role may create, change or delete `documentId` (contributors: drafts and versions). */
export function requireDocumentWrite(identity: Identity, documentId: string): SignedInUser {
  const user = requirePermission(identity, 'read')
  if (mayWriteDocumentId(user.role, documentId)) return user
  throw httpError(403, `Insufficient permissions; role "${user.role}" may not write "${documentId}"`)
}
