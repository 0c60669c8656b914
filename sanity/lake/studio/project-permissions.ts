// What a role may do, in the two shapes the Studio reads at boot: project grants and the dataset ACL.
// The Studio evaluates the ACL filters itself (with groq-js) to decide whether a form is read-only.
import { canWrite } from '../http/auth.ts'
import type { SignedInUser } from './current-user.ts'

export type Permission = 'history' | 'read' | 'update' | 'create'

export function documentPermissions(user: SignedInUser): Permission[] {
  return canWrite(user) ? ['history', 'read', 'update', 'create'] : ['history', 'read']
}

export interface AclEntry {
  filter: string
  permissions: Permission[]
}

/** `GET /projects/:id/datasets/:dataset/acl`: one rule over every document. */
export function datasetAcl(user: SignedInUser): AclEntry[] {
  return [{ filter: '_id in path("**")', permissions: documentPermissions(user) }]
}

/** `GET /projects/:id/grants`: the Studio only caches this, so the project-level grants suffice. */
export function projectGrants(user: SignedInUser): Record<string, unknown> {
  const grants = documentPermissions(user).map((name) => ({ name, params: {} }))
  return { 'sanity.project': [{ grants, config: {} }], 'sanity.project.datasets': [] }
}
