// The database holds the token hashes and every draft: only the lake's own OS user may read it.
// SQLite creates `-wal` and `-shm` with the database file's mode, so creating the file 0600 before
// SQLite opens it covers all three; an older data dir (0644) is tightened on the next start.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs'
import { join } from 'node:path'
import { DATABASE_FILE } from './store/lake-store.ts'

export const PRIVATE_FILE_MODE = 0o600

export function restrictDatabaseFiles(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true })
  const database = join(dataDir, DATABASE_FILE)
  if (!existsSync(database)) closeSync(openSync(database, 'a', PRIVATE_FILE_MODE))
  for (const path of [database, `${database}-wal`, `${database}-shm`]) {
    if (existsSync(path)) chmodSync(path, PRIVATE_FILE_MODE)
  }
}
