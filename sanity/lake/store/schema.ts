// The SQLite layout of the lake. Migrations are additive and run at open, so a data dir from an older build keeps working.
import type { DatabaseSync } from 'node:sqlite'

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS datasets (
     name TEXT PRIMARY KEY,
     created_at TEXT NOT NULL
   ) STRICT;
   CREATE TABLE IF NOT EXISTS documents (
     dataset TEXT NOT NULL,
     id TEXT NOT NULL,
     type TEXT NOT NULL,
     rev TEXT NOT NULL,
     json TEXT NOT NULL,
     PRIMARY KEY (dataset, id)
   ) STRICT, WITHOUT ROWID;
   CREATE TABLE IF NOT EXISTS transactions (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL,
     dataset TEXT NOT NULL,
     time TEXT NOT NULL,
     author TEXT NOT NULL,
     mutations TEXT NOT NULL,
     effects TEXT NOT NULL,
     UNIQUE (dataset, id)
   ) STRICT;
   CREATE INDEX IF NOT EXISTS transactions_by_dataset_time ON transactions (dataset, time);`,
  // Users and their personal tokens (users/user-directory.ts); a token's hash is SHA-256 of the whole token.
  `CREATE TABLE IF NOT EXISTS users (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     email TEXT NOT NULL,
     role TEXT NOT NULL CHECK (role IN ('administrator', 'editor', 'contributor', 'viewer')),
     created_at TEXT NOT NULL
   ) STRICT;
   CREATE TABLE IF NOT EXISTS tokens (
     id TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     label TEXT NOT NULL DEFAULT '',
     hash BLOB NOT NULL,
     created_at TEXT NOT NULL,
     revoked INTEGER NOT NULL DEFAULT 0
   ) STRICT;
   CREATE INDEX IF NOT EXISTS tokens_by_user ON tokens (user_id);`,
]

/** Opens the durability settings the lake promises: WAL and a full fsync per commit. */
export function prepareDatabase(db: DatabaseSync): void {
  db.exec('PRAGMA journal_mode = WAL')
  // FULL: an acknowledged transaction survives power loss, not only a process crash.
  db.exec('PRAGMA synchronous = FULL')
  db.exec('PRAGMA foreign_keys = ON')
  db.exec('PRAGMA busy_timeout = 5000')
  const row = db.prepare('PRAGMA user_version').get()
  const current = typeof row?.user_version === 'number' ? row.user_version : 0
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.exec('BEGIN')
    try {
      db.exec(MIGRATIONS[version] ?? '')
      db.exec(`PRAGMA user_version = ${version + 1}`)
      db.exec('COMMIT')
    } catch (error) {
      db.exec('ROLLBACK')
      throw error
    }
  }
}
