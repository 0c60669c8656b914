// Who the Studio thinks it is: the `/users/me` profile and the project members, built from a lake
// identity and the users table (the root token's user is not a row: it is the lake's administrator).
import type { LakeContext } from '../http/types.ts'
import { ROOT_USER_ID, type SignedInUser } from '../users/identity.ts'
import { type RoleDescription, roleDescription } from '../users/roles.ts'

export { requireSignedIn } from '../users/guards.ts'
export type { SignedInUser } from '../users/identity.ts'
export { roleDescription } from '../users/roles.ts'

export interface CurrentUser {
  id: string
  name: string
  email: string
  profileImage: null
  role: SignedInUser['role']
  roles: RoleDescription[]
  provider: 'lake'
}

export interface ProjectMember {
  id: string
  role: SignedInUser['role']
  roles: RoleDescription[]
  isCurrentUser: boolean
  isRobot: false
  createdAt: string
}

/** A fixed date for the root user, who has no row to carry one. */
const ROOT_CREATED_AT = '2026-01-01T00:00:00Z'

export function currentUser(lake: Pick<LakeContext, 'users'>, user: SignedInUser): CurrentUser {
  const record = user.userId === ROOT_USER_ID ? undefined : lake.users?.getUser(user.userId)
  const fallbackName = user.userId === ROOT_USER_ID ? 'Lake administrator' : user.userId
  return {
    id: user.userId,
    name: record?.name ?? fallbackName,
    email: record?.email ?? `${user.userId}@lake.local`,
    profileImage: null,
    // The role the token verified with: the same row, read a moment earlier.
    role: user.role,
    roles: [roleDescription(user.role)],
    provider: 'lake',
  }
}

/** Everyone who can sign in: the root user, then the users table. */
export function projectMembers(lake: Pick<LakeContext, 'users'>, current: SignedInUser): ProjectMember[] {
  const root = { id: ROOT_USER_ID, role: 'administrator' as const, createdAt: ROOT_CREATED_AT }
  const rows = lake.users?.listUsers() ?? []
  return [root, ...rows].map(({ id, role, createdAt }) => ({
    id,
    role,
    roles: [roleDescription(role)],
    isCurrentUser: id === current.userId,
    isRobot: false,
    createdAt,
  }))
}

export interface PublicProfile {
  id: string
  displayName: string
  imageUrl: null
}

/** `GET /users/:ids` (the Studio's user store, for avatars of authors and members): known ids only. */
export function publicProfiles(lake: Pick<LakeContext, 'users'>, ids: readonly string[]): PublicProfile[] {
  return ids.flatMap((id) => {
    if (id === ROOT_USER_ID) return [{ id, displayName: 'Lake administrator', imageUrl: null }]
    const record = lake.users?.getUser(id)
    return record ? [{ id, displayName: record.name, imageUrl: null }] : []
  })
}
