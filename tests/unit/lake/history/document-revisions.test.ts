// Past states rebuilt from the log on a real store: at a revision, at a time, the last before deletion;
// and a data dir written before effects were diffs (whole-document `[0, doc]` rows) still reads.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { documentsAt, UnknownRevisionError } from '#sanity/lake/history/document-revisions.ts'
import type { LakeDocument } from '#sanity/lake/query/document-index.ts'
import { DATABASE_FILE, LakeStore } from '#sanity/lake/store/lake-store.ts'

let dataDir: string
let store: LakeStore

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'marquee-history-'))
})

afterEach(() => {
  store?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

function doc(rev: string, fields: Record<string, unknown>): LakeDocument {
  return { _id: 'drafts.f', _type: 'film', _rev: rev, ...fields }
}

function commit(id: string, time: string, before: LakeDocument | undefined, after: LakeDocument | undefined) {
  store.commit({
    id,
    dataset: 'production',
    timestamp: time,
    author: 'editor-1',
    mutations: [],
    changes: [{ id: 'drafts.f', before, after }],
  })
}

describe('documentsAt', () => {
  it('rebuilds each revision, a point in time and the last state before deletion', () => {
    store = LakeStore.open(dataDir)
    const v1 = doc('r1', { title: 'The Third Man', cast: [{ _key: 'a', name: 'Cotten' }] })
    const v2 = doc('r2', { title: 'The Third Man (1949)', cast: [{ _key: 'a', name: 'Cotten' }] })
    const v3 = doc('r3', {
      title: 'The Third Man (1949)',
      cast: [
        { _key: 'a', name: 'Cotten' },
        { _key: 'b', name: 'Welles' },
      ],
    })
    commit('r1', '2026-01-01T10:00:00.000Z', undefined, v1)
    commit('r2', '2026-01-01T11:00:00.000Z', v1, v2)
    commit('r3', '2026-01-01T12:00:00.000Z', v2, v3)
    commit('r4', '2026-01-01T13:00:00.000Z', v3, undefined)

    const at = (point: Parameters<typeof documentsAt>[3]) =>
      documentsAt(store, 'production', ['drafts.f'], point)
    expect(at({ kind: 'revision', transactionId: 'r1' })).toEqual([v1])
    expect(at({ kind: 'revision', transactionId: 'r2' })).toEqual([v2])
    expect(at({ kind: 'revision', transactionId: 'r3' })).toEqual([v3])
    expect(at({ kind: 'revision', transactionId: 'r4' })).toEqual([])
    expect(at({ kind: 'time', time: '2026-01-01T11:30:00.000Z' })).toEqual([v2])
    expect(at({ kind: 'time', time: '2025-12-31T00:00:00.000Z' })).toEqual([])
    expect(at({ kind: 'lastRevision' })).toEqual([v3])
    expect(() => at({ kind: 'revision', transactionId: 'nope' })).toThrow(UnknownRevisionError)
  })

  it('reads a data dir whose log rows hold whole documents, indexing them on open', () => {
    const db = new DatabaseSync(join(dataDir, DATABASE_FILE))
    db.exec(`CREATE TABLE datasets (name TEXT PRIMARY KEY, created_at TEXT NOT NULL) STRICT;
      CREATE TABLE documents (dataset TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, rev TEXT NOT NULL,
        json TEXT NOT NULL, PRIMARY KEY (dataset, id)) STRICT, WITHOUT ROWID;
      CREATE TABLE transactions (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, dataset TEXT NOT NULL,
        time TEXT NOT NULL, author TEXT NOT NULL, mutations TEXT NOT NULL, effects TEXT NOT NULL, UNIQUE (dataset, id)) STRICT;
      PRAGMA user_version = 1;`)
    const v1 = doc('o1', { title: 'Old one' })
    const v2 = doc('o2', { title: 'Old two' })
    const { _rev: _r1, ...body1 } = v1
    const { _rev: _r2, ...body2 } = v2
    db.prepare('INSERT INTO datasets VALUES (?, ?)').run('production', '2026-01-01T00:00:00Z')
    db.prepare('INSERT INTO documents VALUES (?, ?, ?, ?, ?)').run(
      'production',
      'drafts.f',
      'film',
      'o2',
      JSON.stringify(v2),
    )
    const log = db.prepare(
      'INSERT INTO transactions (id, dataset, time, author, mutations, effects) VALUES (?, ?, ?, ?, ?, ?)',
    )
    log.run(
      'o1',
      'production',
      '2026-01-01T01:00:00.000Z',
      'old',
      '[]',
      JSON.stringify({
        'drafts.f': { beforeRev: null, afterRev: 'o1', apply: [0, body1], revert: [0, null] },
      }),
    )
    log.run(
      'o2',
      'production',
      '2026-01-01T02:00:00.000Z',
      'old',
      '[]',
      JSON.stringify({
        'drafts.f': { beforeRev: 'o1', afterRev: 'o2', apply: [0, body2], revert: [0, body1] },
      }),
    )
    db.close()

    store = LakeStore.open(dataDir)
    expect(
      store.log.groupRevisions('production', 'f').map((row) => [row.documentId, row.beforeRev, row.afterRev]),
    ).toEqual([
      ['drafts.f', null, 'o1'],
      ['drafts.f', 'o1', 'o2'],
    ])
    expect(documentsAt(store, 'production', ['drafts.f'], { kind: 'revision', transactionId: 'o1' })).toEqual(
      [v1],
    )
    // New commits after the migration mix diffs with the old rows.
    const v3 = doc('n3', { title: 'New three' })
    commit('n3', '2026-01-01T03:00:00.000Z', v2, v3)
    expect(documentsAt(store, 'production', ['drafts.f'], { kind: 'revision', transactionId: 'o2' })).toEqual(
      [v2],
    )
    expect(documentsAt(store, 'production', ['drafts.f'], { kind: 'revision', transactionId: 'o1' })).toEqual(
      [v1],
    )
  })
})
