// Who is asking: a signed-in user with a role, or nobody (anonymous readers get published content only).
import type { Role } from './roles.ts'

export type Identity = { kind: 'anonymous' } | { kind: 'user'; userId: string; role: Role }

export type SignedInUser = Extract<Identity, { kind: 'user' }>

export const ANONYMOUS: Identity = { kind: 'anonymous' }

/** The user the root token (`$dataDir/token` or LAKE_TOKEN) signs in as; not a row in the users table. */
export const ROOT_USER_ID = 'lake-admin'
