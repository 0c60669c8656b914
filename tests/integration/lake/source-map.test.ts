// Content Source Maps on data/query, read by the real @sanity/client: plain maps, stega encoding that decodes
// to the right document and path, drafts under the drafts perspective, nothing private for anonymous readers.
import { createEditUrl, studioPathToJsonPath } from '@sanity/client/csm'
import { stegaClean } from '@sanity/client/stega'
import { vercelStegaDecode } from '@vercel/stega'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clientFor, startTestLake, type TestLake } from './lake-fixture.ts'

let t: TestLake

const film = {
  _id: 'film-dune',
  _type: 'film',
  title: 'Dune: Part Two',
  slug: { _type: 'slug', current: 'dune-part-two' },
  director: { _type: 'reference', _ref: 'person-villeneuve' },
}
const person = { _id: 'person-villeneuve', _type: 'person', name: 'Denis Villeneuve' }
const review = {
  _id: 'review-dune',
  _type: 'review',
  headline: 'Sand, worms and wonder',
  standfirst: 'A sequel that earns its spice.',
  film: { _type: 'reference', _ref: 'film-dune' },
  body: [
    {
      _type: 'block',
      _key: 'b1',
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', _key: 's1', text: 'Villeneuve returns to Arrakis.', marks: [] }],
    },
    {
      _type: 'block',
      _key: 'b2',
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', _key: 's2', text: 'It is loud.', marks: [] }],
    },
  ],
}

const reviewQuery = `*[_id == "review-dune"][0]{
  _id, _type, headline, standfirst, body,
  "film": film->{title, "slug": slug.current, "director": director->name}
}`

interface StegaEdit {
  origin: string
  href: string
}

function decoded(value: unknown): StegaEdit {
  if (typeof value !== 'string') throw new Error(`not a string: ${String(value)}`)
  const found = vercelStegaDecode(value)
  if (typeof found !== 'object' || found === null || !('href' in found) || typeof found.href !== 'string') {
    throw new Error(`no stega data in ${JSON.stringify(value)}`)
  }
  return { origin: String('origin' in found ? found.origin : ''), href: found.href }
}

/** The edit intent's id, type and path, as Presentation reads them from a stega href. */
function editTarget(href: string): { id: string | null; type: string | null; path: string | null } {
  const params = new URL(href, 'http://site.test').searchParams
  return { id: params.get('id'), type: params.get('type'), path: params.get('path') }
}

beforeAll(async () => {
  t = await startTestLake()
  await t.client
    .transaction()
    .createOrReplace(film)
    .createOrReplace(person)
    .createOrReplace(review)
    .createOrReplace({ ...review, _id: 'drafts.review-dune', headline: 'Sand, worms and a draft headline' })
    .commit()
})

afterAll(async () => {
  await t.stop()
})

describe('resultSourceMap', () => {
  it('maps fields, renamed projections and dereferenced values to their documents and paths', async () => {
    const { result, resultSourceMap } = await t.client.fetch(
      reviewQuery,
      {},
      { resultSourceMap: true, filterResponse: false, perspective: 'published' },
    )
    expect(result.headline).toBe(review.headline)
    if (!resultSourceMap) throw new Error('no source map')
    const where = (resultPath: string) => {
      const mapping = resultSourceMap.mappings[resultPath]
      if (mapping?.type !== 'value' || mapping.source.type !== 'documentValue') return undefined
      return {
        document: resultSourceMap.documents[mapping.source.document]?._id,
        path: resultSourceMap.paths[mapping.source.path],
      }
    }
    expect(where("$['headline']")).toEqual({ document: 'review-dune', path: "$['headline']" })
    expect(where("$['standfirst']")).toEqual({ document: 'review-dune', path: "$['standfirst']" })
    // The body is the stored array itself: one mapping for the whole of it.
    expect(where("$['body']")).toEqual({ document: 'review-dune', path: "$['body']" })
    expect(where("$['film']['title']")).toEqual({ document: 'film-dune', path: "$['title']" })
    // Renamed and two dereferences away: found by value among the dereferenced documents.
    expect(where("$['film']['director']")).toEqual({ document: 'person-villeneuve', path: "$['name']" })
    // System fields are never mapped; slug values may be (the client's filter skips them).
    expect(where("$['_id']")).toBeUndefined()
    expect(resultSourceMap.documents.every((doc) => typeof doc._type === 'string')).toBe(true)
  })

  it('answers without a source map unless asked, and refuses a bad value', async () => {
    const plain = await t.client.fetch(reviewQuery, {}, { filterResponse: false })
    expect(plain).not.toHaveProperty('resultSourceMap')
    const bad = await t.request(`/v2025-02-19/data/query/production?query=*&resultSourceMap=maybe`)
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ statusCode: 400 })
  })

  it('uses key selectors with withKeyArraySelector, and stega decodes to the document and path', async () => {
    const stega = clientFor(t.lake.url, t.lake.token).withConfig({
      stega: { enabled: true, studioUrl: '/studio' },
    })
    const result = await stega.fetch(reviewQuery, {}, { perspective: 'published' })
    expect(stegaClean(result.headline)).toBe(review.headline)
    expect(result.headline).not.toBe(review.headline)

    const headline = decoded(result.headline)
    expect(headline.origin).toBe('sanity.io')
    expect(editTarget(headline.href)).toEqual({ id: 'review-dune', type: 'review', path: 'headline' })

    const span = decoded(result.body[1].children[0].text)
    expect(editTarget(span.href)).toEqual({
      id: 'review-dune',
      type: 'review',
      path: 'body[_key=="b2"].children[_key=="s2"].text',
    })
    expect(editTarget(decoded(result.film.title).href)).toEqual({
      id: 'film-dune',
      type: 'film',
      path: 'title',
    })
    expect(editTarget(decoded(result.film.director).href)).toEqual({
      id: 'person-villeneuve',
      type: 'person',
      path: 'name',
    })
    // The slug is skipped by the client's default filter: it stays usable in URLs.
    expect(result.film.slug).toBe('dune-part-two')
  })

  it('names the draft under the drafts perspective, and the edit URL opens it', async () => {
    const { result, resultSourceMap } = await t.client.fetch(
      reviewQuery,
      {},
      { resultSourceMap: 'withKeyArraySelector', filterResponse: false, perspective: 'drafts' },
    )
    expect(result.headline).toBe('Sand, worms and a draft headline')
    const mapping = resultSourceMap?.mappings["$['headline']"]
    if (!resultSourceMap || mapping?.type !== 'value' || mapping.source.type !== 'documentValue') {
      throw new Error('headline not mapped')
    }
    const document = resultSourceMap.documents[mapping.source.document]
    expect(document).toEqual({ _id: 'drafts.review-dune', _type: 'review' })
    const href = createEditUrl({
      baseUrl: '/studio',
      id: document?._id ?? '',
      type: 'review',
      path: studioPathToJsonPath('headline'),
    })
    expect(editTarget(href)).toEqual({ id: 'review-dune', type: 'review', path: 'headline' })
  })

  it('leaves a string unmapped when two places hold it equally', async () => {
    await t.client.createOrReplace({ _id: 'twins', _type: 'note', a: 'same', b: 'same' })
    const { resultSourceMap } = await t.client.fetch(
      `*[_id == "twins"][0]{_id, "x": a}`,
      {},
      { resultSourceMap: true, filterResponse: false },
    )
    expect(resultSourceMap?.mappings["$['x']"]).toBeUndefined()
    const named = await t.client.fetch(
      `*[_id == "twins"][0]{_id, a}`,
      {},
      { resultSourceMap: true, filterResponse: false },
    )
    // The field named like the result's key wins.
    const mapping = named.resultSourceMap?.mappings["$['a']"]
    expect(mapping?.type === 'value' && mapping.source.type === 'documentValue').toBe(true)
    if (mapping?.type === 'value' && mapping.source.type === 'documentValue') {
      expect(named.resultSourceMap?.paths[mapping.source.path]).toBe("$['a']")
    }
  })

  it('never names a draft or a private document to an anonymous reader', async () => {
    const { result, resultSourceMap } = await t.anonymous.fetch(
      `*[_type == "review"]{_id, headline, "draftHeadline": *[_id == "drafts.review-dune"][0].headline}`,
      {},
      { resultSourceMap: 'withKeyArraySelector', filterResponse: false, perspective: 'drafts' },
    )
    expect(result).toEqual([{ _id: 'review-dune', headline: review.headline, draftHeadline: null }])
    const ids = resultSourceMap?.documents.map((doc) => doc._id) ?? []
    expect(ids).toEqual(['review-dune'])
    expect(JSON.stringify(resultSourceMap)).not.toContain('draft headline')
  })

  it('works the same without the query pool', async () => {
    const bare = await startTestLake({ queryPool: { workers: 0 } })
    try {
      await bare.client
        .transaction()
        .createOrReplace(film)
        .createOrReplace(person)
        .createOrReplace(review)
        .commit()
      const { resultSourceMap } = await bare.client.fetch(
        reviewQuery,
        {},
        { resultSourceMap: true, filterResponse: false },
      )
      expect(Object.keys(resultSourceMap?.mappings ?? {})).toEqual(
        expect.arrayContaining(["$['headline']", "$['body']", "$['film']['title']", "$['film']['director']"]),
      )
    } finally {
      await bare.stop()
    }
  })
})
