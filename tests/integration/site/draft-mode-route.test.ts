// GET /api/draft-mode/enable as Next calls it (a real Request), against a real lake: the guards that run
// before next-sanity's helper is loaded (redirect target, missing token). The helper itself (a wrong secret,
// switching draft mode on) needs Next's request scope: tests/e2e/presentation.test.ts.
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEnableDraftModeHandler } from '#lib/draft/enable-draft-mode.ts'
import { parseEnv } from '#lib/env.ts'
import { UserDirectory } from '#sanity/lake/users/user-directory.ts'
import { ensurePreviewToken } from '#scripts/preview-token.ts'
import { clientFor, startTestLake, type TestLake } from '#tests/integration/lake/lake-fixture.ts'

let t: TestLake
let previewToken: string
let editorToken: string

beforeAll(async () => {
  t = await startTestLake()
  previewToken = ensurePreviewToken(t.dataDir)
  const directory = UserDirectory.open(t.dataDir)
  try {
    directory.addUser({ id: 'edith', name: 'Edith', email: 'edith@marquee.test', role: 'editor' })
    editorToken = directory.createToken('edith').token
  } finally {
    directory.close()
  }
})

afterAll(async () => {
  await t.stop()
})

function enable(search: Record<string, string>, token: string | undefined = previewToken) {
  const env = parseEnv({ LAKE_URL: t.lake.url, ...(token ? { SANITY_PREVIEW_TOKEN: token } : {}) })
  const handler = createEnableDraftModeHandler(() => env)
  return handler(new Request(`http://site.test/api/draft-mode/enable?${new URLSearchParams(search)}`))
}

describe('the draft-mode enable route', () => {
  it.each(['//evil.test', '/\\evil.test', '/.//evil.test', 'https://evil.test/x', '/\t/evil.test'])(
    'refuses to redirect to %j, even with a valid secret',
    async (pathname) => {
      const { secret } = await createPreviewSecret(
        clientFor(t.lake.url, editorToken),
        't',
        '/studio',
        'edith',
      )
      const response = await enable({ 'sanity-preview-secret': secret, 'sanity-preview-pathname': pathname })
      expect(response.status).toBe(400)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('set-cookie')).toBeNull()
    },
  )

  it('fails closed when no preview token is configured', async () => {
    const response = await enable({ 'sanity-preview-secret': 'x', 'sanity-preview-pathname': '/' }, '')
    expect(response.status).toBe(500)
    expect(await response.json()).toMatchObject({ message: 'Draft mode is not configured on this site' })
  })

  it('keeps one viewer token with the lake data, 0600, and replaces it once revoked', async () => {
    const { statSync } = await import('node:fs')
    const { join } = await import('node:path')
    expect(ensurePreviewToken(t.dataDir)).toBe(previewToken)
    expect(statSync(join(t.dataDir, 'preview-token')).mode & 0o777).toBe(0o600)
    const directory = UserDirectory.open(t.dataDir)
    try {
      expect(directory.verify(previewToken)).toMatchObject({ role: 'viewer', userId: 'site-preview' })
      for (const token of directory.listTokens())
        if (token.userId === 'site-preview') directory.revokeToken(token.id)
    } finally {
      directory.close()
    }
    const replaced = ensurePreviewToken(t.dataDir)
    expect(replaced).not.toBe(previewToken)
    previewToken = replaced
    // A viewer reads drafts but may not write.
    const viewer = clientFor(t.lake.url, previewToken)
    await expect(viewer.create({ _id: 'drafts.x', _type: 'note' })).rejects.toMatchObject({ statusCode: 403 })
  })
})
