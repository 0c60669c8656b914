import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runImport } from '#sanity/lake/commands/import.ts'
import { openDatasetSource } from '#sanity/lake/dataset-format/dataset-archive.ts'
import { exportDataset } from '#sanity/lake/dataset-format/export-dataset.ts'
import { importDataset } from '#sanity/lake/dataset-format/import-dataset.ts'
import { startTestLake, type TestLake } from '../lake/lake-fixture.ts'
import { type DatasetFixture, writeDatasetFixture } from './dataset-fixture.ts'

let fixture: DatasetFixture
let source: TestLake
let target: TestLake

beforeAll(async () => {
  fixture = await writeDatasetFixture()
  source = await startTestLake()
  target = await startTestLake()
})

afterAll(async () => {
  await source.stop()
  await target.stop()
  rmSync(fixture.dir, { recursive: true, force: true })
})

const ALL = '*[!(_id in path("_.**"))] | order(_id asc)'

/** Documents without what every write stamps anew. */
function comparable(documents: unknown): unknown {
  if (!Array.isArray(documents)) return documents
  return documents.map((document) => {
    const { _rev, _updatedAt, _createdAt, url, ...rest } = document
    return rest
  })
}

describe('import', () => {
  it('uploads the assets, resolves _sanityAsset to references and writes the documents (the CLI path)', async () => {
    const lines: string[] = []
    const summary = await runImport(
      fixture.dir,
      'production',
      'replace',
      { port: source.lake.port, dataDir: source.dataDir, token: source.lake.token },
      (line) => lines.push(line),
    )
    expect(summary).toMatchObject({ created: 3, updated: 0, unchanged: 0, assets: 2 })
    expect(lines).toContain('Writing documents: 3/3 (100%)')
    const review = await source.client.getDocument('review-nosferatu')
    expect(review?.heroImage).toMatchObject({
      _type: 'image',
      alt: 'A still',
      asset: { _type: 'reference', _ref: expect.stringMatching(/^image-[0-9a-f]{40}-160x90-png$/) },
    })
    expect(JSON.stringify(review)).not.toContain('_sanityAsset')
    const poster = await source.client.fetch(
      '*[_id == "film-nosferatu"][0].poster.asset->{originalFilename, metadata}',
    )
    expect(poster).toMatchObject({
      originalFilename: 'nosferatu-poster.jpg',
      metadata: { dimensions: { width: 90, height: 135 } },
    })
  })

  it('changes nothing when run again: same revisions, no new transactions', async () => {
    const before = await source.client.fetch(ALL, {}, { perspective: 'raw' })
    const transactionsBefore = source.lake.store.transactions('production').length
    const dataset = await openDatasetSource(fixture.dir)
    try {
      const summary = await importDataset(dataset, { client: source.client })
      expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
    } finally {
      await dataset.close()
    }
    expect(await source.client.fetch(ALL, {}, { perspective: 'raw' })).toEqual(before)
    expect(source.lake.store.transactions('production')).toHaveLength(transactionsBefore)
  })

  it('--missing leaves existing documents alone; the default replaces changed ones', async () => {
    await source.client.patch('film-nosferatu').set({ title: 'Edited locally' }).commit()
    const dataset = await openDatasetSource(fixture.dir)
    try {
      expect(await importDataset(dataset, { client: source.client, mode: 'missing' })).toMatchObject({
        created: 0,
        unchanged: 3,
      })
      expect((await source.client.getDocument('film-nosferatu'))?.title).toBe('Edited locally')
      expect(await importDataset(dataset, { client: source.client })).toMatchObject({
        updated: 1,
        unchanged: 2,
      })
      expect((await source.client.getDocument('film-nosferatu'))?.title).toBe('Nosferatu')
    } finally {
      await dataset.close()
    }
  })
})

describe('export then import', () => {
  it('gives an empty lake the same documents and assets', async () => {
    const archive = join(fixture.dir, 'out', 'production-export.tar.gz')
    const summary = await exportDataset(archive, { client: source.client, origin: source.lake.url })
    expect(summary).toEqual({ documents: 3, assets: 2 })

    const dataset = await openDatasetSource(archive)
    try {
      expect(JSON.stringify(dataset.documents)).toContain('"_sanityAsset":"image@file://./images/')
      expect(dataset.documents.some((document) => document._type === 'sanity.imageAsset')).toBe(false)
      expect(await importDataset(dataset, { client: target.client })).toMatchObject({ created: 3, assets: 2 })
    } finally {
      await dataset.close()
    }
    const exported = await source.client.fetch(ALL, {}, { perspective: 'raw' })
    const imported = await target.client.fetch(ALL, {}, { perspective: 'raw' })
    expect(comparable(imported)).toEqual(comparable(exported))
    const assetIds = await target.client.fetch('*[_type == "sanity.imageAsset"]._id | order(@ asc)')
    expect(assetIds).toHaveLength(2)
    const image = await fetch(
      `${target.lake.url}/${fixture.stillPath.replace('images/', 'images/local/production/')}`,
    )
    expect(image.status).toBe(200)
  })
})
