// The role table, and the ACL evaluated the way sanity 6.9.2's grants store does (groq-js over
// `*[filter]` with the one document as the dataset; see grantsPermissionOn in sanity's datastores).
import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { datasetAcl } from '../../../../sanity/lake/studio/project-permissions.ts'
import { mayWriteDocumentId, roleCan } from '../../../../sanity/lake/users/permissions.ts'
import { ROLES, type Role } from '../../../../sanity/lake/users/roles.ts'

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
