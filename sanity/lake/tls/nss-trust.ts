// Trusting the lake's CA without root: browsers on Linux read the user's NSS databases (Chromium's
// `~/.pki/nssdb`, each Firefox profile's cert9.db), which `certutil` (Debian: libnss3-tools) edits as that user.
import { execFileSync } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'

export const NICKNAME_PREFIX = 'Marquee lake CA'

export interface NssDatabase {
  /** Who reads it: "Chromium", "Firefox profile abc.default". */
  label: string
  dir: string
  /** Chromium's database is created when absent; Firefox makes its own when a profile first runs. */
  createIfMissing: boolean
}

export type TrustAction =
  | 'added'
  | 'created the store and added'
  | 'already trusted'
  | 'removed'
  | 'not present'

export interface TrustOutcome {
  database: NssDatabase
  action: TrustAction
}

/** The nickname carries the CA's fingerprint, so a renewed CA is a new entry and `untrust` finds every old one. */
export function caNickname(caCertPem: string): string {
  const fingerprint = new X509Certificate(caCertPem).fingerprint256
    .replaceAll(':', '')
    .slice(0, 16)
    .toLowerCase()
  return `${NICKNAME_PREFIX} ${fingerprint}`
}

/** The certutil on PATH, or undefined. */
export function findCertutil(path: string = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue
    const candidate = join(dir, 'certutil')
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

/** Folders under $HOME holding one folder per Firefox profile. */
const FIREFOX_ROOTS: readonly { label: string; path: string }[] = [
  { label: 'Firefox', path: '.mozilla/firefox' },
  { label: 'Firefox (snap)', path: 'snap/firefox/common/.mozilla/firefox' },
  { label: 'Firefox (flatpak)', path: '.var/app/org.mozilla.firefox/.mozilla/firefox' },
]

const CHROMIUM_STORES: readonly { label: string; path: string; createIfMissing: boolean }[] = [
  { label: 'Chromium and Chrome', path: '.pki/nssdb', createIfMissing: true },
  { label: 'Chromium (snap)', path: 'snap/chromium/current/.pki/nssdb', createIfMissing: false },
]

export function nssDatabases(home: string): NssDatabase[] {
  const databases: NssDatabase[] = []
  for (const { label, path, createIfMissing } of CHROMIUM_STORES) {
    const dir = join(home, path)
    if (createIfMissing || existsSync(join(dir, 'cert9.db'))) databases.push({ label, dir, createIfMissing })
  }
  for (const { label, path } of FIREFOX_ROOTS) {
    const root = join(home, path)
    if (!existsSync(root)) continue
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      const dir = join(root, entry.name)
      if (entry.isDirectory() && existsSync(join(dir, 'cert9.db'))) {
        databases.push({ label: `${label} profile ${entry.name}`, dir, createIfMissing: false })
      }
    }
  }
  return databases
}

function certutil(binary: string, args: readonly string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync(binary, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 15_000,
    })
    return { ok: true, output }
  } catch (error) {
    return { ok: false, output: error instanceof Error ? error.message : String(error) }
  }
}

/** Nicknames of every Marquee lake CA in a database (old ones included). */
export function lakeNicknames(binary: string, dir: string): string[] {
  const listing = certutil(binary, ['-L', '-d', `sql:${dir}`])
  if (!listing.ok) return []
  const nicknames = listing.output.split('\n').flatMap((line) => {
    const match = /^(.*\S)\s+\S*,\S*,\S*\s*$/.exec(line)
    return match?.[1]?.startsWith(NICKNAME_PREFIX) ? [match[1]] : []
  })
  return [...new Set(nicknames)]
}

export function isTrustedIn(binary: string, dir: string, caCertPem: string): boolean {
  return lakeNicknames(binary, dir).includes(caNickname(caCertPem))
}

/** True when it had to create the database. */
function ensureDatabase(binary: string, database: NssDatabase): boolean {
  if (existsSync(join(database.dir, 'cert9.db'))) return false
  mkdirSync(database.dir, { recursive: true, mode: 0o700 })
  const created = certutil(binary, ['-N', '-d', `sql:${database.dir}`, '--empty-password'])
  if (!created.ok) throw new Error(`could not create the NSS database ${database.dir}: ${created.output}`)
  return true
}

/** Adds the CA (trusted to identify web sites only: "C,,") to every database; idempotent. */
export function trustCa(binary: string, home: string, caCertPath: string): TrustOutcome[] {
  const caCertPem = readFileSync(caCertPath, 'utf8')
  const nickname = caNickname(caCertPem)
  return nssDatabases(home).map((database) => {
    const createdStore = ensureDatabase(binary, database)
    if (isTrustedIn(binary, database.dir, caCertPem)) return { database, action: 'already trusted' }
    const added = certutil(binary, [
      '-A',
      '-d',
      `sql:${database.dir}`,
      '-t',
      'C,,',
      '-n',
      nickname,
      '-i',
      caCertPath,
    ])
    if (!added.ok) throw new Error(`certutil could not add the CA to ${database.dir}: ${added.output}`)
    return { database, action: createdStore ? 'created the store and added' : 'added' }
  })
}

/** Removes every Marquee lake CA, current and past, from every database. */
export function untrustCa(binary: string, home: string): TrustOutcome[] {
  return nssDatabases(home)
    .filter((database) => existsSync(join(database.dir, 'cert9.db')))
    .map((database) => {
      const nicknames = lakeNicknames(binary, database.dir)
      for (const nickname of nicknames) {
        const removed = certutil(binary, ['-D', '-d', `sql:${database.dir}`, '-n', nickname])
        if (!removed.ok)
          throw new Error(`certutil could not remove ${nickname} from ${database.dir}: ${removed.output}`)
      }
      return { database, action: nicknames.length > 0 ? 'removed' : 'not present' }
    })
}
