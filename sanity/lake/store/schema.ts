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
  // Webhooks (sanity/lake/webhooks): definitions, the durable delivery queue and the attempt log.
  `CREATE TABLE IF NOT EXISTS webhooks (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL UNIQUE,
     definition TEXT NOT NULL,
     secret TEXT,
     created_at TEXT NOT NULL
   ) STRICT;
   CREATE TABLE IF NOT EXISTS webhook_deliveries (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     webhook_id TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
     document_id TEXT NOT NULL,
     transaction_id TEXT NOT NULL,
     operation TEXT NOT NULL,
     body TEXT NOT NULL,
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at INTEGER NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX IF NOT EXISTS webhook_deliveries_by_document ON webhook_deliveries (webhook_id, document_id, seq);
   CREATE TABLE IF NOT EXISTS webhook_attempts (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     webhook_id TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
     document_id TEXT NOT NULL,
     transaction_id TEXT NOT NULL,
     attempt INTEGER NOT NULL,
     outcome TEXT NOT NULL,
     status_code INTEGER,
     error TEXT,
     duration_ms INTEGER NOT NULL,
     at INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX IF NOT EXISTS webhook_attempts_by_webhook ON webhook_attempts (webhook_id, seq);`,
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
