// Text indexes are built once, then ahead of time: what one query worker builds for a search the others build
// too, and a restarted lake builds at start the indexes its searches used before (remembered in the data dir).
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searchQuery, searchTerms } from '#lib/queries/search.ts'
import { type PooledQuery, QueryPool } from '#sanity/lake/query-pool/query-pool.ts'
import { LakeStore } from '#sanity/lake/store/lake-store.ts'
import { startTestLake, type TestLake } from './lake-fixture.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
  await t.client
    .transaction()
    .createOrReplace({
      _id: 'review-1',
      _type: 'review',
      headline: 'A calm film',
      slug: { current: 'calm' },
      publishedAt: '2025-01-01T00:00:00Z',
      body: [{ _type: 'block', _key: 'a', children: [{ _type: 'span', _key: 'b', text: 'harbour lights' }] }],
    })
    .commit()
})
let stopped = false
afterAll(async () => {
  if (!stopped) await t.stop({ remove: false })
  rmSync(t.dataDir, { recursive: true, force: true })
})

const warmFile = () => join(t.dataDir, 'text-indexes.json')

function search(heavy: boolean): PooledQuery {
  return {
    dataset: 'production',
    publicOnly: true,
    query: searchQuery.query,
    params: { terms: searchTerms('harbour') },
    perspective: 'published',
    identity: undefined,
    heavy,
  }
}

async function withPool<T>(
  warmTextsFile: string | undefined,
  use: (pool: QueryPool) => Promise<T>,
): Promise<T> {
  const store = LakeStore.open(t.dataDir)
  const pool = new QueryPool(store, { workers: 2, warmTextsFile }, () => {})
  try {
    return await use(pool)
  } finally {
    await pool.close()
    store.close()
  }
}

describe('warm text indexes', () => {
  it('remembers the indexes an anonymous search built, in the data dir', async () => {
    const found = await t.anonymous.fetch(searchQuery.query, { terms: searchTerms('harbour') })
    expect(found).toHaveLength(1)
    const remembered: unknown = JSON.parse(readFileSync(warmFile(), 'utf8'))
    expect(remembered).toContainEqual({
      dataset: 'production',
      publicOnly: true,
      perspective: 'published',
      text: { kind: 'portableText', path: ['body'] },
    })
    await t.stop({ remove: false })
    stopped = true
  })

  it('has the other workers build what one worker built for a query', async () => {
    await withPool(undefined, async (pool) => {
      // Heavy queries never take the light-only worker, light ones take it first when it is free.
      const first = await pool.run(search(true))
      expect(first.built?.map(({ text }) => text.kind)).toContain('portableText')
      const second = await pool.run(search(false))
      expect(JSON.parse(second.json)).toEqual(JSON.parse(first.json))
      expect(second.built).toBeUndefined()
    })
  })

  it('builds the remembered indexes in every worker at start', async () => {
    await withPool(warmFile(), async (pool) => {
      expect((await pool.run(search(true))).built).toBeUndefined()
      expect((await pool.run(search(false))).built).toBeUndefined()
    })
  })

  it('ignores a remembered list it cannot read and builds on first use', async () => {
    writeFileSync(warmFile(), '[{"dataset": 1}]')
    await withPool(warmFile(), async (pool) => {
      expect((await pool.run(search(true))).built).toBeDefined()
    })
  })
})
