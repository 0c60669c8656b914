// The committed demo dataset is exactly what the generator writes, and it is internally consistent:
// references resolve, ids and keys are unique, every image has alt text and a real file of that size.
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDataset, DEFAULT_DATASET_DIR } from '#sanity/demo/build-dataset.ts'
import { isJsonObject } from '#sanity/demo/lib/json.ts'
import { type DatasetDocument, readDocuments, readTree, walkArrays, walkObjects } from './dataset-files.ts'

const ID_PATTERN = /^[a-z0-9_][a-z0-9_.-]{0,127}$/i
const ASSET_PATTERN = /^image@file:\/\/\.\/images\/([0-9a-f]{40})-(\d+)x(\d+)\.jpg$/

let tempDir = ''
let documents: DatasetDocument[] = []

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'marquee-demo-'))
  await buildDataset(tempDir)
  documents = await readDocuments(DEFAULT_DATASET_DIR)
}, 120_000)

afterAll(async () => {
  if (tempDir) await rm(tempDir, { recursive: true, force: true })
})

describe('the demo dataset generator', () => {
  it('re-creates the committed dataset byte for byte', async () => {
    const committed = await readTree(DEFAULT_DATASET_DIR)
    const rebuilt = await readTree(tempDir)
    expect([...rebuilt.keys()]).toEqual([...committed.keys()])
    for (const [file, bytes] of rebuilt) {
      expect(bytes.equals(committed.get(file) ?? Buffer.alloc(0)), `${file} differs`).toBe(true)
    }
  })

  it('keeps the shipped dataset small', async () => {
    const committed = await readTree(DEFAULT_DATASET_DIR)
    const total = [...committed.values()].reduce((sum, bytes) => sum + bytes.length, 0)
    expect(total).toBeLessThan(5 * 1024 * 1024)
  })
})

describe('the demo dataset', () => {
  it('has unique, valid document ids and no asset documents', () => {
    const ids = documents.map((document) => document._id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(ID_PATTERN)
    expect(documents.filter((document) => document._type.startsWith('sanity.'))).toEqual([])
  })

  it('follows the <type>-<slug> id scheme', () => {
    for (const document of documents) {
      if (document._type === 'siteSettings') {
        expect(document._id).toBe('siteSettings')
        continue
      }
      const slug = isJsonObject(document.slug) ? document.slug.current : undefined
      expect(document._id).toBe(`${document._type}-${slug}`)
    }
  })

  it('resolves every reference to a document in the dataset', () => {
    const ids = new Set(documents.map((document) => document._id))
    const dangling: string[] = []
    for (const document of documents) {
      walkObjects(document, (object, at) => {
        if (object._type !== 'reference') return
        if (typeof object._ref !== 'string' || !ids.has(object._ref)) dangling.push(`${document._id}${at}`)
      })
    }
    expect(dangling).toEqual([])
  })

  it('gives every object in an array a _key, unique within its array', () => {
    const problems: string[] = []
    for (const document of documents) {
      walkArrays(document, (array, at) => {
        const objects = array.filter(isJsonObject)
        const keys = objects.map((member) => member._key)
        if (keys.some((key) => typeof key !== 'string' || key === ''))
          problems.push(`${document._id}${at}: missing _key`)
        if (new Set(keys).size !== keys.length) problems.push(`${document._id}${at}: duplicate _key`)
      })
    }
    expect(problems).toEqual([])
  })

  it('gives every image alt text and a _sanityAsset file whose name matches its bytes and size', async () => {
    const images: Array<{ where: string; alt: unknown; asset: unknown }> = []
    for (const document of documents) {
      walkObjects(document, (object, at) => {
        if (object._type === 'image')
          images.push({ where: `${document._id}${at}`, alt: object.alt, asset: object._sanityAsset })
      })
    }
    expect(images.length).toBeGreaterThan(50)
    const checked = new Set<string>()
    for (const image of images) {
      expect(typeof image.alt === 'string' && image.alt.trim().length > 10, `${image.where} alt`).toBe(true)
      const asset = typeof image.asset === 'string' ? image.asset : ''
      const match = ASSET_PATTERN.exec(asset)
      expect(match, `${image.where} _sanityAsset`).not.toBeNull()
      if (!match || checked.has(asset)) continue
      const [, sha1, width, height] = match
      const bytes = await readFile(path.join(DEFAULT_DATASET_DIR, 'images', `${sha1}-${width}x${height}.jpg`))
      const metadata = await sharp(bytes).metadata()
      expect([metadata.width, metadata.height, metadata.format]).toEqual([
        Number(width),
        Number(height),
        'jpeg',
      ])
      expect(createHash('sha1').update(bytes).digest('hex')).toBe(sha1)
      checked.add(asset)
    }
  })

  it('ships no image file that no document uses', async () => {
    const used = new Set<string>()
    for (const document of documents) {
      walkObjects(document, (object) => {
        if (typeof object._sanityAsset === 'string')
          used.add(object._sanityAsset.replace('image@file://./', ''))
      })
    }
    const files = await readTree(path.join(DEFAULT_DATASET_DIR, 'images'))
    expect([...files.keys()].map((file) => `images/${file}`).sort()).toEqual([...used].sort())
  })
})
