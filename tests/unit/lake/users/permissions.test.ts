// The role table, and the ACL evaluated the way sanity 6.9.2's grants store does (groq-js over
// `*[filter]` with the one document as the dataset; see grantsPermissionOn in sanity's datastores).
import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { HttpError } from '#sanity/lake/http/http-error.ts'
import { datasetAcl } from '#sanity/lake/studio/project-permissions.ts'
import { requireDocumentWrite, requirePermission } from '#sanity/lake/users/guards.ts'
import { mayWriteDocumentId, roleCan } from '#sanity/lake/users/permissions.ts'
import { ROLES, type Role } from '#sanity/lake/users/roles.ts'

async function granted(role: Role, permission: string, id: string): Promise<boolean> {
  for (const grant of datasetAcl({ kind: 'user', userId: 'u', role })) {
    const result = await (await evaluate(parse(`*[${grant.filter}]`), { dataset: [{ _id: id }] })).get()
    if (Array.isArray(result) && result.length === 1 && grant.permissions.some((p) => p === permission)) {
      return true
    }
  }
  return false
}

/** What the Studio checks before enabling Publish (getPairPermissions, case "publish"). */
async function canPublish(role: Role): Promise<boolean> {
  return (
    (await granted(role, 'update', 'post')) &&
    (await granted(role, 'update', 'drafts.post')) &&
    (await granted(role, 'create', 'post'))
  )
}

describe('roles', () => {
  it('gives each role its capabilities', () => {
    const table = Object.fromEntries(
      ROLES.map((role) => [
        role,
        (['read', 'editDrafts', 'publish', 'uploadAssets', 'manageUsers'] as const).filter((c) =>
          roleCan(role, c),
        ),
      ]),
    )
    expect(table).toEqual({
      administrator: ['read', 'editDrafts', 'publish', 'uploadAssets', 'manageUsers'],
      editor: ['read', 'editDrafts', 'publish', 'uploadAssets'],
      contributor: ['read', 'editDrafts', 'uploadAssets'],
      viewer: ['read'],
    })
  })

  it('lets contributors write drafts and versions only', () => {
    expect(mayWriteDocumentId('contributor', 'drafts.post')).toBe(true)
    expect(mayWriteDocumentId('contributor', 'versions.r1.post')).toBe(true)
    expect(mayWriteDocumentId('contributor', 'post')).toBe(false)
    expect(mayWriteDocumentId('contributor', 'draftsy.post')).toBe(false)
    expect(mayWriteDocumentId('contributor', '_.releases.r1')).toBe(false)
    expect(mayWriteDocumentId('editor', 'post')).toBe(true)
    expect(mayWriteDocumentId('viewer', 'drafts.post')).toBe(false)
  })
})

describe('the dataset ACL as the Studio reads it', () => {
  it('lets administrators and editors edit and publish', async () => {
    for (const role of ['administrator', 'editor'] as const) {
      expect(await granted(role, 'update', 'drafts.post')).toBe(true)
      expect(await canPublish(role)).toBe(true)
    }
  })

  it('lets contributors edit drafts and versions, but not publish', async () => {
    expect(await granted('contributor', 'read', 'post')).toBe(true)
    expect(await granted('contributor', 'update', 'drafts.post')).toBe(true)
    expect(await granted('contributor', 'create', 'drafts.post')).toBe(true)
    expect(await granted('contributor', 'update', 'versions.r1.post')).toBe(true)
    expect(await granted('contributor', 'update', 'post')).toBe(false)
    expect(await canPublish('contributor')).toBe(false)
  })

  it('gives viewers read and history only', async () => {
    expect(await granted('viewer', 'read', 'drafts.post')).toBe(true)
    expect(await granted('viewer', 'history', 'post')).toBe(true)
    expect(await granted('viewer', 'update', 'drafts.post')).toBe(false)
    expect(await granted('viewer', 'create', 'drafts.post')).toBe(false)
  })
})

describe('guards', () => {
  function status(fn: () => unknown): number | undefined {
    try {
      fn()
    } catch (error) {
      return error instanceof HttpError ? error.statusCode : -1
    }
    return undefined
  }
  const user = (role: Role) => ({ kind: 'user' as const, userId: 'u', role })

  it('requirePermission: 401 anonymous, 403 without the capability', () => {
    expect(status(() => requirePermission({ kind: 'anonymous' }, 'read'))).toBe(401)
    expect(status(() => requirePermission(user('contributor'), 'publish'))).toBe(403)
    expect(status(() => requirePermission(user('viewer'), 'uploadAssets'))).toBe(403)
    expect(requirePermission(user('editor'), 'publish').userId).toBe('u')
  })

  it('requireDocumentWrite: contributors on drafts and versions only, viewers nowhere', () => {
    expect(status(() => requireDocumentWrite(user('contributor'), 'drafts.a'))).toBeUndefined()
    expect(status(() => requireDocumentWrite(user('contributor'), 'a'))).toBe(403)
    expect(status(() => requireDocumentWrite(user('viewer'), 'drafts.a'))).toBe(403)
    expect(status(() => requireDocumentWrite({ kind: 'anonymous' }, 'drafts.a'))).toBe(401)
  })
})
