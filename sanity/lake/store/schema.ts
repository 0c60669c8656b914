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
  // Which documents each logged transaction touched, with their revisions around it: history reads a
  // document's (or a document group's) transactions through this instead of scanning every effect.
  // group_id is the published id (`drafts.x` and `versions.r.x` belong to `x`). Backfilled from older logs.
  `CREATE TABLE IF NOT EXISTS transaction_documents (
     dataset TEXT NOT NULL,
     document_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     group_id TEXT NOT NULL,
     before_rev TEXT,
     after_rev TEXT,
     PRIMARY KEY (dataset, document_id, seq)
   ) STRICT, WITHOUT ROWID;
   CREATE INDEX IF NOT EXISTS transaction_documents_by_group ON transaction_documents (dataset, group_id, seq);
   INSERT OR IGNORE INTO transaction_documents (dataset, document_id, seq, group_id, before_rev, after_rev)
     SELECT t.dataset, e.key, t.seq,
       CASE
         WHEN e.key LIKE 'drafts.%' THEN substr(e.key, 8)
         WHEN e.key LIKE 'versions.%.%' THEN substr(substr(e.key, 10), instr(substr(e.key, 10), '.') + 1)
         ELSE e.key
       END,
       json_extract(e.value, '$.beforeRev'), json_extract(e.value, '$.afterRev')
     FROM transactions t, json_each(t.effects) e;`,
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
  // Scheduled releases (sanity/lake/releases): one row per release waiting to publish itself, its time in
  // UTC (ISO and epoch ms). Rows mirror the release documents (the truth) and are reconciled at start.
  `CREATE TABLE IF NOT EXISTS release_schedules (
     dataset TEXT NOT NULL,
     release_name TEXT NOT NULL,
     publish_at TEXT NOT NULL,
     publish_at_ms INTEGER NOT NULL,
     PRIMARY KEY (dataset, release_name)
   ) STRICT;
   CREATE INDEX IF NOT EXISTS release_schedules_by_time ON release_schedules (publish_at_ms);`,
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
