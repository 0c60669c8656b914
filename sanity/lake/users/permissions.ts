// What each role may do, as one table every write path consults (mutate, uploads, actions, the Studio's ACL).
// Mirrors Sanity's built-in roles: editors do everything but manage members, contributors work on drafts
// and release versions only, viewers read.
import type { Role } from './roles.ts'

/**
 * - `read`: drafts, versions and other private ids too.
 * - `editDrafts`: create, patch and discard `drafts.**` and `versions.**` documents.
 * - `publish`: write root (published) ids: publish, unpublish, delete, live edit.
 * - `uploadAssets`: upload images and files.
 * - `manageUsers`: users and tokens (today only through the CLI, which needs the data dir anyway).
 */
export type Capability = 'read' | 'editDrafts' | 'publish' | 'uploadAssets' | 'manageUsers'

const CAPABILITIES: Record<Role, ReadonlySet<Capability>> = {
  administrator: new Set(['read', 'editDrafts', 'publish', 'uploadAssets', 'manageUsers']),
  editor: new Set(['read', 'editDrafts', 'publish', 'uploadAssets']),
  contributor: new Set(['read', 'editDrafts', 'uploadAssets']),
  viewer: new Set(['read']),
}

export function roleCan(role: Role, capability: Capability): boolean {
  return CAPABILITIES[role].has(capability)
}

/** Draft and release-version ids: the part of a dataset contributors may write. */
export function isDraftOrVersionId(id: string): boolean {
  return id.startsWith('drafts.') || id.startsWith('versions.')
}

/** Whether `role` may create, change or delete the document with this id. */
export function mayWriteDocumentId(role: Role, id: string): boolean {
  if (roleCan(role, 'publish')) return true
  return roleCan(role, 'editDrafts') && isDraftOrVersionId(id)
}

/** Any write at all (the coarse check before looking at ids). */
export function mayWrite(role: Role): boolean {
  return roleCan(role, 'editDrafts') || roleCan(role, 'publish')
}
