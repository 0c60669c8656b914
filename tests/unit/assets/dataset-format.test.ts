import { describe, expect, it } from 'vitest'
import { assetFileName, parseAssetFileName, parseAssetId } from '#sanity/lake/assets/asset-names.ts'
import { NdjsonError, parseNdjson, toNdjson } from '#sanity/lake/dataset-format/ndjson.ts'
import {
  collectSanityAssets,
  resolveSanityAssets,
  SanityAssetError,
  toSanityAssets,
} from '#sanity/lake/dataset-format/sanity-asset-refs.ts'

const sha1 = 'a'.repeat(40)
const imageId = `image-${sha1}-64x48-png`

describe('asset names', () => {
  it('round-trips image and file ids and file names', () => {
    const image = parseAssetId(imageId)
    expect(image).toEqual({ kind: 'image', sha1, width: 64, height: 48, extension: 'png' })
    expect(image && assetFileName(image)).toBe(`${sha1}-64x48.png`)
    expect(parseAssetFileName('image', `${sha1}-64x48.png`)).toEqual(image)
    expect(parseAssetId(`file-${sha1}-pdf`)).toEqual({ kind: 'file', sha1, extension: 'pdf' })
    expect(parseAssetId('image-nothex-1x1-png')).toBeUndefined()
    expect(parseAssetFileName('image', '../etc/passwd')).toBeUndefined()
  })
})

describe('ndjson', () => {
  it('parses documents line by line and writes them back', () => {
    const text = '{"_id":"a","_type":"t"}\n\n{"_id":"b","_type":"t","n":1}\n'
    const documents = parseNdjson(text)
    expect(documents.map((document) => document._id)).toEqual(['a', 'b'])
    expect(toNdjson(documents)).toBe('{"_id":"a","_type":"t"}\n{"_id":"b","_type":"t","n":1}\n')
  })

  it('names the line of a broken or id-less document', () => {
    expect(() => parseNdjson('{"_id":"a","_type":"t"}\n{oops')).toThrow(/line 2: not valid JSON/)
    expect(() => parseNdjson('{"_type":"t"}')).toThrow(NdjsonError)
  })
})

describe('_sanityAsset rewriting', () => {
  const exported = {
    _id: 'review-x',
    _type: 'review',
    heroImage: {
      _type: 'image',
      _sanityAsset: `image@file://./images/${sha1}-64x48.png`,
      alt: 'A still',
      hotspot: { x: 0.5 },
    },
    body: [
      { _type: 'image', _key: 'k', _sanityAsset: `image@file://./images/${sha1}-64x48.png`, alt: 'Again' },
    ],
  }

  it('collects each referenced file once', () => {
    expect(collectSanityAssets(exported)).toEqual([{ kind: 'image', path: `images/${sha1}-64x48.png` }])
  })

  it('replaces _sanityAsset with an asset reference, keeping the other fields', () => {
    const resolved = resolveSanityAssets(exported, new Map([[`images/${sha1}-64x48.png`, imageId]]))
    expect(resolved.heroImage).toEqual({
      _type: 'image',
      alt: 'A still',
      hotspot: { x: 0.5 },
      asset: { _type: 'reference', _ref: imageId },
    })
    expect(JSON.stringify(resolved)).not.toContain('_sanityAsset')
  })

  it('turns asset references back into _sanityAsset for export', () => {
    const resolved = resolveSanityAssets(exported, new Map([[`images/${sha1}-64x48.png`, imageId]]))
    expect(toSanityAssets(resolved)).toEqual({
      ...exported,
      heroImage: {
        _type: 'image',
        alt: 'A still',
        hotspot: { x: 0.5 },
        _sanityAsset: exported.heroImage._sanityAsset,
      },
      body: [{ _type: 'image', _key: 'k', alt: 'Again', _sanityAsset: exported.body[0]?._sanityAsset }],
    })
  })

  it('leaves references to documents alone', () => {
    const document = {
      _id: 'a',
      _type: 't',
      film: { _type: 'reference', _ref: 'film-x' },
      x: { asset: { _ref: 'film-x' } },
    }
    expect(toSanityAssets(document)).toEqual(document)
  })

  it('refuses remote or path-escaping asset pointers', () => {
    expect(() =>
      collectSanityAssets({ _id: 'a', _type: 't', img: { _sanityAsset: 'image@https://example.com/x.png' } }),
    ).toThrow(SanityAssetError)
    expect(() =>
      collectSanityAssets({ _id: 'a', _type: 't', img: { _sanityAsset: 'image@file://./images/../../x' } }),
    ).toThrow(SanityAssetError)
  })
})
