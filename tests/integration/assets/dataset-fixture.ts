// A tiny dataset in Sanity's export layout, made on the fly: a film with a poster, a review pointing at
// the film with a hero image and an inline image, a draft, and assets.json naming the files.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jpegImage, twoToneImage } from './image-fixtures.ts'

export interface DatasetFixture {
  dir: string
  posterPath: string
  stillPath: string
}

export async function writeDatasetFixture(): Promise<DatasetFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'marquee-dataset-'))
  mkdirSync(join(dir, 'images'))
  const poster = await jpegImage(90, 135)
  const still = await twoToneImage(160, 90)
  const posterPath = `images/${sha1(poster)}-90x135.jpg`
  const stillPath = `images/${sha1(still)}-160x90.png`
  writeFileSync(join(dir, posterPath), poster)
  writeFileSync(join(dir, stillPath), still)
  const image = (path: string, alt: string) => ({
    _type: 'image',
    _sanityAsset: `image@file://./${path}`,
    alt,
  })
  const documents = [
    { _id: 'film-nosferatu', _type: 'film', title: 'Nosferatu', poster: image(posterPath, 'Poster') },
    {
      _id: 'review-nosferatu',
      _type: 'review',
      headline: 'Nosferatu review',
      film: { _type: 'reference', _ref: 'film-nosferatu' },
      heroImage: {
        ...image(stillPath, 'A still'),
        hotspot: { _type: 'sanity.imageHotspot', x: 0.7, y: 0.5, width: 0.3, height: 0.3 },
      },
      body: [
        {
          _type: 'block',
          _key: 'b1',
          style: 'normal',
          children: [{ _type: 'span', _key: 's1', text: 'Dread.', marks: [] }],
          markDefs: [],
        },
        { ...image(posterPath, 'The poster again'), _key: 'i1' },
      ],
    },
    { _id: 'drafts.review-nosferatu', _type: 'review', headline: 'Nosferatu review (draft)' },
  ]
  writeFileSync(
    join(dir, 'data.ndjson'),
    documents.map((document) => `${JSON.stringify(document)}\n`).join(''),
  )
  writeFileSync(
    join(dir, 'assets.json'),
    JSON.stringify({ [posterPath]: { originalFilename: 'nosferatu-poster.jpg' } }),
  )
  return { dir, posterPath, stillPath }
}

function sha1(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('hex')
}
