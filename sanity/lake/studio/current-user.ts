// Who the Studio thinks it is: the `/users/me` profile and project member built from a lake identity.
import type { Identity, Role } from '../http/auth.ts'
import { unauthorized } from '../http/http-error.ts'

export interface RoleDescription {
  name: Role
  title: string
}

export interface CurrentUser {
  id: string
  name: string
  email: string
  profileImage: null
  role: Role
  roles: RoleDescription[]
  provider: 'lake'
}

const ROLE_TITLES: Record<Role, string> = {
  administrator: 'Administrator',
  editor: 'Editor',
  contributor: 'Contributor',
  viewer: 'Viewer',
}

export function roleDescription(role: Role): RoleDescription {
  return { name: role, title: ROLE_TITLES[role] }
}

export type SignedInUser = Extract<Identity, { kind: 'user' }>

/**
 * The Studio treats a 401 from `/users/me` as "logged out" and shows its login screen, so anonymous
 * callers get exactly that (a 200 without an `id` would do the same; a 401 also explains itself).
 */
export function requireSignedIn(identity: Identity): SignedInUser {
  if (identity.kind === 'user') return identity
  throw unauthorized('Not signed in: send a lake token (Authorization: Bearer <token>)')
}

export function currentUser(user: SignedInUser): CurrentUser {
  return {
    id: user.userId,
    name: user.role === 'administrator' ? 'Lake administrator' : user.userId,
    email: `${user.userId}@lake.local`,
    profileImage: null,
    role: user.role,
    roles: [roleDescription(user.role)],
    provider: 'lake',
  }
}
