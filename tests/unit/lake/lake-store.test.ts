import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LakeStore, StoreError } from '#sanity/lake/store/lake-store.ts'
import type { TransactionInput } from '#sanity/lake/store/transaction-record.ts'

let dataDir: string
let store: LakeStore
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'marquee-store-'))
  store = LakeStore.open(dataDir)
})
afterEach(() => {
  store.close()
  rmSync(dataDir, { recursive: true, force: true })
})

function transaction(id: string, changes: TransactionInput['changes']): TransactionInput {
  return {
    id,
    dataset: 'production',
    timestamp: '2026-01-01T00:00:00Z',
    author: 'test',
    mutations: [],
    changes,
  }
}

describe('LakeStore', () => {
  it('commits to SQLite and both indexes, keeping private ids out of the public one', () => {
    store.commit(
      transaction('t1', [
        { id: 'a', before: undefined, after: { _id: 'a', _type: 't', _rev: 't1' } },
        { id: 'drafts.a', before: undefined, after: { _id: 'drafts.a', _type: 't', _rev: 't1' } },
      ]),
    )
    expect(store.index('production')?.size).toBe(2)
    expect(
      store
        .publicIndex('production')
        ?.all()
        .map((doc) => doc._id),
    ).toEqual(['a'])
    store.close()
    store = LakeStore.open(dataDir)
    expect(store.getDocument('production', 'drafts.a')?._rev).toBe('t1')
    expect(store.publicIndex('production')?.size).toBe(1)
  })

  it('rolls back everything when a write fails halfway, on disk and in memory', () => {
    const unserializable = { _id: 'b', _type: 't', big: 1n }
    expect(() =>
      store.commit(
        transaction('t2', [
          { id: 'a', before: undefined, after: { _id: 'a', _type: 't' } },
          { id: 'b', before: undefined, after: unserializable },
        ]),
      ),
    ).toThrow()
    expect(store.getDocument('production', 'a')).toBeUndefined()
    expect(store.hasTransaction('production', 't2')).toBe(false)
    store.close()
    store = LakeStore.open(dataDir)
    expect(store.getDocument('production', 'a')).toBeUndefined()
  })

  it('creates datasets on first write and refuses duplicates and bad names', () => {
    expect(store.hasDataset('production')).toBe(false)
    store.commit(transaction('t3', [{ id: 'a', before: undefined, after: { _id: 'a', _type: 't' } }]))
    expect(store.datasetNames()).toEqual(['production'])
    expect(() => store.createDataset('production')).toThrow(StoreError)
    expect(() => store.createDataset('Bad')).toThrow(StoreError)
    expect(() => store.commit(transaction('t3', []))).toThrow(/already been used/)
  })

  it('tells commit listeners, and survives a failing one', () => {
    const seen: string[] = []
    store.onCommit(() => {
      throw new Error('listener bug')
    })
    const stop = store.onCommit((tx) => seen.push(tx.id))
    store.commit(transaction('t4', [{ id: 'a', before: undefined, after: { _id: 'a', _type: 't' } }]))
    stop()
    store.commit(transaction('t5', [{ id: 'a', before: undefined, after: undefined }]))
    expect(seen).toEqual(['t4'])
    expect(store.getDocument('production', 'a')).toBeUndefined()
  })

  it('reads the transaction log back, filtered by document', () => {
    store.commit(
      transaction('t6', [{ id: 'a', before: undefined, after: { _id: 'a', _type: 't', _rev: 't6' } }]),
    )
    store.commit(
      transaction('t7', [{ id: 'b', before: undefined, after: { _id: 'b', _type: 't', _rev: 't7' } }]),
    )
    expect(store.transactions('production').map((entry) => entry.id)).toEqual(['t6', 't7'])
    const [entry] = store.transactions('production', { documentId: 'b' })
    expect(entry).toMatchObject({
      id: 't7',
      author: 'test',
      effects: { b: { beforeRev: null, afterRev: 't7' } },
    })
  })
})
