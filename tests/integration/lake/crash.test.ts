// Durability: concurrent @sanity/client writers against a lake process, kill -9 mid-way, restart. Every
// acknowledged transaction is there, no transaction is half-applied, and SQLite's integrity check passes.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '#sanity/lake/store/lake-store.ts'
import { clientFor } from './lake-fixture.ts'
import { freePort, type LakeProcess, spawnLake, stopLakeProcess, until } from './lake-process.ts'

const TOKEN = 'crash-test-token'
const WRITERS = 6
const DOCS_PER_TRANSACTION = 3
const lakes: LakeProcess[] = []
const dirs: string[] = []

afterEach(async () => {
  for (const lake of lakes.splice(0)) await stopLakeProcess(lake)
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

interface Acknowledged {
  writer: number
  seq: number
  transactionId: string
}

/** One writer: transactions of three new documents plus an increment of the writer's counter, until refused. */
async function write(url: string, writer: number, acknowledged: Acknowledged[]): Promise<void> {
  const client = clientFor(url, TOKEN).withConfig({ maxRetries: 0 })
  const counter = `counter-${writer}`
  for (let seq = 0; ; seq++) {
    const transaction = client.transaction().createIfNotExists({ _id: counter, _type: 'crashCounter', n: 0 })
    for (let part = 0; part < DOCS_PER_TRANSACTION; part++) {
      transaction.create({
        _id: `w${writer}-${seq}-${part}`,
        _type: 'crashDoc',
        txn: `w${writer}-${seq}`,
        writer,
        // Some weight, so the kill can land while SQLite is writing pages.
        body: 'x'.repeat(2000 + part * 500),
      })
    }
    transaction.patch(counter, (patch) => patch.inc({ n: 1 }))
    try {
      const result = await transaction.commit({ visibility: 'sync' })
      acknowledged.push({ writer, seq, transactionId: result.transactionId })
    } catch {
      // The lake died under this request: unacknowledged, so it may or may not have landed (whole).
      return
    }
  }
}

describe('crash durability', () => {
  it('keeps every acknowledged transaction whole across kill -9', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'marquee-lake-crash-'))
    dirs.push(dataDir)
    const port = await freePort()
    const first = await spawnLake({ command: 'start', dataDir, port, token: TOKEN })
    lakes.push(first)

    const acknowledged: Acknowledged[] = []
    const writers = Array.from({ length: WRITERS }, (_, writer) => write(first.url, writer, acknowledged))
    await until(() => (acknowledged.length >= 60 ? true : undefined), '60 acknowledged transactions')
    first.child.kill('SIGKILL')
    await first.exited
    await Promise.all(writers)
    const acknowledgedAtKill = acknowledged.length

    const second = await spawnLake({ command: 'start', dataDir, port, token: TOKEN })
    lakes.push(second)
    const client = clientFor(second.url, TOKEN)
    const docs = await client.fetch<{ _id: string; txn: string; writer: number; body: string }[]>(
      '*[_type == "crashDoc"]{_id, txn, writer, body}',
    )
    const byTransaction = new Map<string, string[]>()
    for (const doc of docs) byTransaction.set(doc.txn, [...(byTransaction.get(doc.txn) ?? []), doc._id])

    // Every acknowledged transaction survived, with all of its documents.
    for (const { writer, seq } of acknowledged) {
      expect(byTransaction.get(`w${writer}-${seq}`)?.length, `w${writer}-${seq}`).toBe(DOCS_PER_TRANSACTION)
    }
    // No transaction at all (acknowledged or in flight at the kill) is there in part.
    for (const [txn, ids] of byTransaction) expect(ids.length, txn).toBe(DOCS_PER_TRANSACTION)
    for (const doc of docs) expect(doc.body.length).toBeGreaterThanOrEqual(2000)
    // The counter patch in each transaction landed exactly when its documents did.
    const counters = await client.fetch<{ _id: string; n: number }[]>('*[_type == "crashCounter"]{_id, n}')
    for (let writer = 0; writer < WRITERS; writer++) {
      const landed = [...byTransaction.keys()].filter((txn) => txn.startsWith(`w${writer}-`)).length
      const counter = counters.find((doc) => doc._id === `counter-${writer}`)
      expect(counter?.n ?? 0, `counter-${writer}`).toBe(landed)
    }
    // The transaction log agrees: each acknowledged transaction id is in the history.
    const last = acknowledged.at(-1)
    if (last) {
      const history = await fetch(
        `${second.url}/v2025-02-19/data/history/production/transactions/counter-${last.writer}?excludeContent=true`,
        { headers: { authorization: `Bearer ${TOKEN}` } },
      )
      expect(history.status).toBe(200)
      expect(await history.text()).toContain(last.transactionId)
    }
    expect(acknowledged.length).toBe(acknowledgedAtKill)

    await stopLakeProcess(second)
    const db = new DatabaseSync(join(dataDir, DATABASE_FILE))
    try {
      expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }])
    } finally {
      db.close()
    }
  }, 50_000)
})
