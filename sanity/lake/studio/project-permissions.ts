// What a role may do, in the two shapes the Studio reads at boot: project grants and the dataset ACL.
// The Studio evaluates the ACL filters itself (groq-js, `grantsPermissionOn` in sanity's datastores):
// a form is editable when "update" matches the draft's id, Publish needs "create" on the published id
// and "update" on both. The entries follow sanity's own role simulation (its `_debug_roles=` grants).
import type { SignedInUser } from '../users/identity.ts'
import { roleCan } from '../users/permissions.ts'

export type Permission = 'read' | 'create' | 'history' | 'update'

export interface AclEntry {
  filter: string
  permissions: Permission[]
}

const EVERYTHING = '_id in path("**")'
const EDIT: Permission[] = ['create', 'history', 'update']

/** `GET /projects/:id/datasets/:dataset/acl` */
export function datasetAcl(user: SignedInUser): AclEntry[] {
  if (roleCan(user.role, 'publish')) return [{ filter: EVERYTHING, permissions: ['read', ...EDIT] }]
  if (roleCan(user.role, 'editDrafts')) {
    // Contributors: read everything, write drafts and release versions, never a published id.
    return [
      { filter: EVERYTHING, permissions: ['read'] },
      { filter: '_id in path("drafts.**")', permissions: EDIT },
      { filter: '_id in path("versions.**")', permissions: EDIT },
    ]
  }
  return [{ filter: EVERYTHING, permissions: ['read', 'history'] }]
}

interface GrantSet {
  grants: { name: string; params: Record<string, never> }[]
  config: Record<string, never>
}

const grantSet = (...names: string[]): GrantSet[] => [
  { grants: names.map((name) => ({ name, params: {} })), config: {} },
]

/**
 * `GET /projects/:id/grants`. The Studio only looks for `invite` on members (an "Invite members" button:
 * the lake has no invitations) and `deployStudio` on the project (uploading a schema to Sanity's cloud),
 * so neither is granted; the rest tells a client what the role may do with the project.
 */
export function projectGrants(user: SignedInUser): Record<string, GrantSet[]> {
  const manage = roleCan(user.role, 'manageUsers')
  return {
    'sanity.project': manage ? grantSet('read', 'update') : grantSet('read'),
    'sanity.project.members': manage ? grantSet('read', 'update') : grantSet('read'),
    'sanity.project.datasets': grantSet('read'),
  }
}
