// Presentation's preview URL secrets on the lake, written and checked by @sanity/preview-url-secret itself:
// an editor's Studio creates them, the site's viewer token validates them, anonymous readers never see
// them, and they expire by the library's own TTL query.

import { validatePreviewUrl } from '@sanity/preview-url-secret'
import {
  fetchSecretQuery,
  SECRET_TTL,
  schemaType,
  urlSearchParamPreviewPathname,
  urlSearchParamPreviewSecret,
} from '@sanity/preview-url-secret/constants'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runQuery } from '#sanity/lake/query/run-query.ts'
import { UserDirectory } from '#sanity/lake/users/user-directory.ts'
import { clientFor, startTestLake, type TestLake } from './lake-fixture.ts'

let t: TestLake
let editorToken: string
let viewerToken: string

function previewUrl(secret: string, pathname: string): string {
  const url = new URL('http://site.test/api/draft-mode/enable')
  url.searchParams.set(urlSearchParamPreviewSecret, secret)
  url.searchParams.set(urlSearchParamPreviewPathname, pathname)
  return url.href
}

beforeAll(async () => {
  t = await startTestLake()
  const directory = UserDirectory.open(t.dataDir)
  try {
    directory.addUser({ id: 'edith', name: 'Edith', email: 'edith@marquee.test', role: 'editor' })
    directory.addUser({ id: 'site-preview', name: 'Site', email: 'site@marquee.test', role: 'viewer' })
    editorToken = directory.createToken('edith').token
    viewerToken = directory.createToken('site-preview').token
  } finally {
    directory.close()
  }
})

afterAll(async () => {
  await t.stop()
})

describe('preview URL secrets', () => {
  it('are created by an editor, validated with the viewer token, and redirect to the path asked for', async () => {
    const editor = clientFor(t.lake.url, editorToken)
    const { secret, expiresAt } = await createPreviewSecret(editor, 'test', '/studio', 'edith')
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan((SECRET_TTL - 60) * 1000)

    const viewer = clientFor(t.lake.url, viewerToken)
    const valid = await validatePreviewUrl(viewer, previewUrl(secret, '/reviews/dune'))
    expect(valid).toMatchObject({ isValid: true, redirectTo: '/reviews/dune' })

    const wrong = await validatePreviewUrl(viewer, previewUrl(`${secret}x`, '/reviews/dune'))
    expect(wrong.isValid).toBe(false)
  })

  it('are drafts: anonymous readers never see them, whatever they ask for', async () => {
    const editor = clientFor(t.lake.url, editorToken)
    await createPreviewSecret(editor, 'test', '/studio', 'edith')
    const query = `*[_type == $type]{_id, secret}`
    expect(
      (await t.client.fetch(query, { type: schemaType }, { perspective: 'raw' })).length,
    ).toBeGreaterThan(0)
    for (const perspective of ['raw', 'drafts', 'published'] as const) {
      expect(await t.anonymous.fetch(query, { type: schemaType }, { perspective })).toEqual([])
    }
    const ids = await t.client.fetch<string[]>(
      `*[_type == $type]._id`,
      { type: schemaType },
      { perspective: 'raw' },
    )
    for (const id of ids) expect(id.startsWith('drafts.')).toBe(true)
    const listed = await t.request(`/v2025-02-19/data/doc/production/${ids[0]}`, { auth: false })
    expect(JSON.stringify(listed.body)).not.toContain('secret":"')
  })

  it('expire after the TTL by the library query, evaluated by the lake', async () => {
    const editor = clientFor(t.lake.url, editorToken)
    const { secret } = await createPreviewSecret(editor, 'test', '/studio', 'edith')
    const index = t.lake.store.index('production')
    if (!index) throw new Error('no dataset')
    const at = (offsetSeconds: number) =>
      runQuery(
        index,
        fetchSecretQuery,
        { secret },
        {
          perspective: 'raw',
          timestamp: new Date(Date.now() + offsetSeconds * 1000),
        },
      )
    expect(at(0)).toMatchObject({ secret })
    expect(at(SECRET_TTL - 60)).toMatchObject({ secret })
    expect(at(SECRET_TTL + 60)).toBeNull()
  })
})
