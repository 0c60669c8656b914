// Durability: the same data dir after a restart, the transaction log, the stored token.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { applyPatch } from 'mendoza'
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '#sanity/lake/store/lake-store.ts'
import { startTestLake } from './lake-fixture.ts'

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'marquee-lake-persist-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('persistence', () => {
  it('keeps documents and datasets across a restart on the same dir', async () => {
    const dataDir = tempDir()
    const first = await startTestLake({ dataDir })
    await first.client.create({ _id: 'kept', _type: 'film', title: 'Alien' })
    await first.client.create({ _id: 'drafts.kept', _type: 'film', title: 'Aliens' })
    await first.client.withConfig({ dataset: 'staging' }).create({ _id: 'other', _type: 'film' })
    await first.client.delete('drafts.kept')
    const before = await first.client.getDocument('kept')
    await first.stop({ remove: false })

    const second = await startTestLake({ dataDir })
    expect(second.lake.token).toBe(first.lake.token)
    expect(await second.client.getDocument('kept')).toEqual(before)
    expect(await second.client.getDocument('drafts.kept')).toBeUndefined()
    expect(await second.client.fetch('*[_type == "film"].title')).toEqual(['Alien'])
    expect(second.lake.store.datasetNames()).toEqual(['production', 'staging'])
    await second.stop({ remove: false })
  })

  it('writes one transaction log row per committed transaction, with effects', async () => {
    const dataDir = tempDir()
    const t = await startTestLake({ dataDir })
    const created = await t.client.create({ _id: 'logged', _type: 'film', n: 1 })
    const patched = await t.client.patch('logged').inc({ n: 1 }).commit()
    await t.client.create({ _id: 'logged', _type: 'film' }).catch(() => undefined)
    await t.stop({ remove: false })

    const db = new DatabaseSync(join(dataDir, DATABASE_FILE), { readOnly: true })
    const rows = db
      .prepare('SELECT id, dataset, author, mutations, effects FROM transactions ORDER BY seq')
      .all()
    db.close()
    expect(rows.map((row) => row.id)).toEqual([created._rev, patched._rev])
    expect(rows[0]).toMatchObject({ dataset: 'production', author: 'lake-admin' })
    expect(JSON.parse(String(rows[1]?.mutations))).toEqual([{ patch: { id: 'logged', inc: { n: 1 } } }])
    const effects = JSON.parse(String(rows[1]?.effects))
    expect(effects).toMatchObject({ logged: { beforeRev: created._rev, afterRev: patched._rev } })
    // Mendoza diffs between the revisions (without _rev), not whole documents.
    const { _rev: _createdRev, ...before } = created
    const { _rev: _patchedRev, ...after } = patched
    expect(applyPatch(before, effects.logged.apply)).toEqual(after)
    expect(applyPatch(after, effects.logged.revert)).toEqual(before)
    expect(JSON.stringify(effects.logged.apply)).not.toContain('film')
  })

  it('generates a root token once, stored with mode 0600', async () => {
    const dataDir = tempDir()
    const first = await startTestLake({ dataDir })
    expect(first.lake.tokenGenerated).toBe(true)
    expect(statSync(join(dataDir, 'token')).mode & 0o777).toBe(0o600)
    await first.stop({ remove: false })
    const second = await startTestLake({ dataDir })
    expect(second.lake.tokenGenerated).toBe(false)
    expect(second.lake.token).toBe(first.lake.token)
    await second.stop({ remove: false })
  })

  it('uses an explicit token instead of the stored one', async () => {
    const t = await startTestLake({ dataDir: tempDir(), token: 'explicit-secret' })
    expect(t.lake.token).toBe('explicit-secret')
    expect(await t.client.fetch('1')).toBe(1)
    await t.stop()
  })
})
