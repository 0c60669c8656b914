// The `release_schedules` table (schema in store/schema.ts), on its own connection to the lake's file,
// like the webhook tables: which release of which dataset publishes itself when.
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { DATABASE_FILE } from '../store/lake-store.ts'
import { prepareDatabase } from '../store/schema.ts'

export interface ScheduleRow {
  dataset: string
  releaseName: string
  /** UTC ISO instant. */
  publishAt: string
  publishAtMs: number
}

export class ScheduleRepository {
  readonly #db: DatabaseSync

  private constructor(db: DatabaseSync) {
    this.#db = db
  }

  static open(dataDir: string): ScheduleRepository {
    const db = new DatabaseSync(join(dataDir, DATABASE_FILE))
    prepareDatabase(db)
    return new ScheduleRepository(db)
  }

  put(row: Omit<ScheduleRow, 'publishAtMs'>): void {
    this.#db
      .prepare(
        'INSERT INTO release_schedules (dataset, release_name, publish_at, publish_at_ms) VALUES (?, ?, ?, ?) ' +
          'ON CONFLICT (dataset, release_name) DO UPDATE SET publish_at = excluded.publish_at, publish_at_ms = excluded.publish_at_ms',
      )
      .run(row.dataset, row.releaseName, row.publishAt, Date.parse(row.publishAt))
  }

  remove(dataset: string, releaseName: string): void {
    this.#db
      .prepare('DELETE FROM release_schedules WHERE dataset = ? AND release_name = ?')
      .run(dataset, releaseName)
  }

  /** Every schedule, soonest first. */
  all(): ScheduleRow[] {
    return this.#db
      .prepare(
        'SELECT dataset, release_name, publish_at, publish_at_ms FROM release_schedules ORDER BY publish_at_ms, dataset, release_name',
      )
      .all()
      .flatMap((row) => {
        const { dataset, release_name, publish_at, publish_at_ms } = row
        if (
          typeof dataset !== 'string' ||
          typeof release_name !== 'string' ||
          typeof publish_at !== 'string' ||
          typeof publish_at_ms !== 'number'
        ) {
          return []
        }
        return [{ dataset, releaseName: release_name, publishAt: publish_at, publishAtMs: publish_at_ms }]
      })
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close()
  }
}
