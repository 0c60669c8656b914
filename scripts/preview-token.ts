// The site's draft-mode token on the embedded lake: a Viewer (`site-preview`, reads drafts, writes nothing),
// created on first use and kept with the lake's data in `$LAKE_DATA_DIR/preview-token` (0600). `npm run dev`,
// `npm start` and the e2e setup hand it to the site as SANITY_PREVIEW_TOKEN; it never reaches a browser.
// A token that no longer verifies (revoked, or the user removed) is replaced.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { UserDirectory } from '#sanity/lake/users/user-directory.ts'

export const PREVIEW_TOKEN_FILE = 'preview-token'
export const PREVIEW_USER_ID = 'site-preview'

/** `$LAKE_DATA_DIR` as the lake resolves it (default `.lake-data` under the project). */
export function lakeDataDir(env: NodeJS.ProcessEnv, cwd: string): string {
  return resolve(cwd, env.LAKE_DATA_DIR?.trim() || '.lake-data')
}

export function ensurePreviewToken(dataDir: string): string {
  const file = join(dataDir, PREVIEW_TOKEN_FILE)
  const directory = UserDirectory.open(dataDir)
  try {
    const stored = existsSync(file) ? readFileSync(file, 'utf8').trim() : ''
    const signedIn = stored === '' ? undefined : directory.verify(stored)
    if (signedIn?.role === 'viewer' && signedIn.userId === PREVIEW_USER_ID) return stored
    const user = directory.getUser(PREVIEW_USER_ID)
    if (user && user.role !== 'viewer') {
      throw new Error(
        `the lake user "${PREVIEW_USER_ID}" must be a viewer (it is ${user.role}); remove it to have it made again`,
      )
    }
    if (!user) {
      directory.addUser({
        id: PREVIEW_USER_ID,
        name: 'Site preview',
        email: 'site-preview@marquee.invalid',
        role: 'viewer',
      })
    }
    const { token } = directory.createToken(PREVIEW_USER_ID, 'draft mode of the site')
    writeFileSync(file, `${token}\n`, { mode: 0o600 })
    chmodSync(file, 0o600)
    return token
  } finally {
    directory.close()
  }
}
