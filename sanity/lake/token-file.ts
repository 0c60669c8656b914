// The lake's root token: from the caller or LAKE_TOKEN, else generated once and kept in `$dataDir/token` (0600).
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const TOKEN_FILE = 'token'

export interface ResolvedToken {
  token: string
  /** True when this call generated the token (the CLI prints it then). */
  generated: boolean
}

export function resolveToken(dataDir: string, explicit?: string): ResolvedToken {
  if (explicit !== undefined && explicit.trim() !== '') return { token: explicit.trim(), generated: false }
  const path = join(dataDir, TOKEN_FILE)
  if (existsSync(path)) {
    const stored = readFileSync(path, 'utf8').trim()
    if (stored !== '') return { token: stored, generated: false }
  }
  mkdirSync(dataDir, { recursive: true })
  const token = `lake_${randomBytes(32).toString('base64url')}`
  writeFileSync(path, `${token}\n`, { mode: 0o600 })
  // writeFileSync's mode only applies when the file is created; make sure of it for an empty leftover.
  chmodSync(path, 0o600)
  return { token, generated: true }
}
