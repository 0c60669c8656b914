// The real demo magazine (sanity/demo/dataset) through the seed path, twice.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runImport } from '#sanity/lake/commands/import.ts'
import { DEMO_DATASET_DIR, SEED_DATASET } from '#sanity/lake/commands/seed.ts'
import { startTestLake, type TestLake } from '../lake/lake-fixture.ts'

let lake: TestLake
const seed = () =>
  runImport(
    DEMO_DATASET_DIR,
    SEED_DATASET,
    'replace',
    { port: lake.lake.port, dataDir: lake.dataDir, token: lake.lake.token },
    () => {},
  )

beforeAll(async () => {
  lake = await startTestLake()
})

afterAll(async () => {
  await lake.stop()
})

describe('seeding the demo magazine', () => {
  it('imports every document and image, leaving no _sanityAsset behind', async () => {
    const summary = await seed()
    expect(summary.created).toBeGreaterThan(10)
    expect(summary.updated + summary.unchanged).toBe(0)
    const imageFiles = readdirSync(join(DEMO_DATASET_DIR, 'images'))
    expect(await lake.client.fetch('count(*[_type == "sanity.imageAsset"])')).toBe(imageFiles.length)
    const everything = await lake.client.fetch('*', {}, { perspective: 'raw' })
    expect(JSON.stringify(everything)).not.toContain('_sanityAsset')
    expect(JSON.stringify(everything)).toContain('"_type":"reference","_ref":"image-')
    const brokenRefs = await lake.client.fetch(
      'count(*[_type == "siteSettings" && !defined(defaultShareImage.asset->_id)])',
    )
    expect(brokenRefs).toBe(0)
  })

  it('is idempotent: a second seed changes nothing', async () => {
    const transactions = lake.lake.store.transactions('production').length
    const summary = await seed()
    expect(summary.created + summary.updated).toBe(0)
    expect(summary.unchanged).toBeGreaterThan(10)
    expect(lake.lake.store.transactions('production')).toHaveLength(transactions)
  })
})
