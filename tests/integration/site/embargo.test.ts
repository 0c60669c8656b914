// An embargoed review against a real lake, read by the site's own queries through the real @sanity/client:
// while only a version in a scheduled release holds it, no public query finds it (page, listings, search,
// related stories, film page, feed, sitemap, share card) and its still is not served to anonymous readers;
// when the lake's scheduler publishes the release (time moved by a clock seam), all of them show it, dated at
// the embargo.
import type { SanityClient } from '@sanity/client'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSanityClient } from '#lib/client.ts'
import { parseEnv } from '#lib/env.ts'
import { feedQuery } from '#lib/feed.ts'
import { fetchQuery } from '#lib/fetch.ts'
import { articleQuery } from '#lib/queries/article.ts'
import { filmPageQuery } from '#lib/queries/film.ts'
import { homeQuery, pageBounds, sectionPageQuery, tagPageQuery } from '#lib/queries/listings.ts'
import { searchQuery, searchTerms } from '#lib/queries/search.ts'
import { getRelatedStories } from '#lib/related/get-related-stories.ts'
import { shareCardQuery } from '#lib/share-image.ts'
import { SITEMAP_FILE_SIZE, sitemapStoriesQuery } from '#lib/sitemap.ts'
import { startTestLake, type TestLake } from '#tests/integration/lake/lake-fixture.ts'
import { ManualClock } from '#tests/integration/lake/manual-clock.ts'
import { siteFixtures } from './fixtures.ts'

const RELEASE = 'ballerina-embargo'
const EMBARGO = '2030-01-12T00:01:00.000Z'
const REVIEW_ID = 'review-embargoed'
const SLUG = 'ballerina-embargoed'
const HEADLINE = 'Ballerina review | Embargoed until the minute'
const STUDIO_ORIGIN = 'http://localhost:3000'

const clock = new ManualClock('2030-01-10T12:00:00Z')
let t: TestLake
let writer: SanityClient
let reader: SanityClient
let stillUrl = ''
let stillId = ''
let draftStillUrl = ''

async function png(colour: string): Promise<Buffer> {
  return sharp({ create: { width: 48, height: 27, channels: 3, background: colour } })
    .png()
    .toBuffer()
}

async function anonymousStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(url, { headers })
  await response.body?.cancel()
  return response.status
}

/** Every public place a story can show up, as the site asks for it. */
async function publicSightings(): Promise<string[]> {
  const seen: string[] = []
  const contains = (where: string, value: unknown) => {
    if (JSON.stringify(value ?? null).includes(REVIEW_ID) || JSON.stringify(value ?? null).includes(SLUG)) {
      seen.push(where)
    }
  }
  contains('page', await fetchQuery(reader, articleQuery, { slug: SLUG }))
  contains('home', await fetchQuery(reader, homeQuery))
  contains('section', await fetchQuery(reader, sectionPageQuery, { slug: 'reviews', ...pageBounds(1) }))
  contains('tag', await fetchQuery(reader, tagPageQuery, { slug: 'action', ...pageBounds(1) }))
  contains('search', await fetchQuery(reader, searchQuery, { terms: searchTerms('embargoed') }))
  contains('film', await fetchQuery(reader, filmPageQuery, { slug: 'ballerina' }))
  contains('related', await getRelatedStories(reader, { id: 'review-1', limit: 6 }))
  contains('feed', await fetchQuery(reader, feedQuery, { limit: 30 }))
  contains('sitemap', await fetchQuery(reader, sitemapStoriesQuery, { start: 0, end: SITEMAP_FILE_SIZE }))
  contains('share', await fetchQuery(reader, shareCardQuery, { slug: SLUG }))
  return seen
}

beforeAll(async () => {
  t = await startTestLake({ releases: { clock }, corsOrigins: [STUDIO_ORIGIN] })
  const env = parseEnv({ LAKE_URL: t.lake.url })
  writer = createSanityClient(env, { token: t.lake.token })
  reader = createSanityClient(env)
  const shared = await writer.assets.upload('image', await png('#b3141f'), { filename: 'shared.png' })
  const transaction = writer.transaction()
  for (const document of siteFixtures(shared._id)) transaction.createOrReplace(document)
  await transaction.commit({ visibility: 'sync' })

  const still = await writer.assets.upload('image', await png('#201a3d'), { filename: 'embargo.png' })
  stillId = still._id
  stillUrl = still.url
  await writer.releases.create({
    releaseId: RELEASE,
    metadata: { title: 'Ballerina embargo', releaseType: 'scheduled', intendedPublishAt: EMBARGO },
  })
  await writer.createVersion({
    releaseId: RELEASE,
    publishedId: REVIEW_ID,
    document: {
      _id: `versions.${RELEASE}.${REVIEW_ID}`,
      _type: 'review',
      headline: HEADLINE,
      slug: { _type: 'slug', current: SLUG },
      standfirst: 'Under embargo until the minute.',
      film: { _type: 'reference', _ref: 'film-ballerina' },
      rating: 4,
      authors: [{ _key: 'a1', _type: 'reference', _ref: 'author-tom' }],
      tags: [{ _key: 't1', _type: 'reference', _ref: 'tag-action' }],
      section: { _type: 'reference', _ref: 'section-reviews' },
      publishedAt: EMBARGO,
      heroImage: { _type: 'image', asset: { _type: 'reference', _ref: still._id }, alt: 'A still' },
      body: [
        {
          _type: 'block',
          _key: 'b1',
          style: 'normal',
          markDefs: [],
          children: [{ _type: 'span', _key: 's1', text: 'Embargoed words.', marks: [] }],
        },
      ],
    },
  })
  await writer.releases.schedule({ releaseId: RELEASE, publishAt: EMBARGO })

  // A draft's asset is held back like a version's (tests/integration/lake/draft-assets.test.ts).
  const draftStill = await writer.assets.upload('image', await png('#0f5132'), { filename: 'draft.png' })
  draftStillUrl = draftStill.url
  await writer.create({
    _id: 'drafts.review-2',
    _type: 'review',
    headline: 'A draft with its own still',
    heroImage: { _type: 'image', asset: { _type: 'reference', _ref: draftStill._id } },
  })
})

afterAll(async () => {
  await t?.stop()
})

describe('a review under embargo', () => {
  it('is in the release, scheduled for the embargo', async () => {
    expect(await writer.releases.get({ releaseId: RELEASE })).toMatchObject({
      state: 'scheduled',
      publishAt: EMBARGO,
    })
    expect(await writer.getDocument(`versions.${RELEASE}.${REVIEW_ID}`)).toMatchObject({ headline: HEADLINE })
  })

  it('is found by no public query of the site', async () => {
    expect(await publicSightings()).toEqual([])
  })

  it('stays hidden from anonymous readers whatever perspective or query they ask for', async () => {
    const anonymous = t.anonymous
    expect(await anonymous.fetch('*[_id match "*embargoed*"]._id', {}, { perspective: 'raw' })).toEqual([])
    expect(
      await anonymous.fetch('*[slug.current == $slug]._id', { slug: SLUG }, { perspective: [RELEASE] }),
    ).toEqual([])
    expect(await anonymous.fetch('*[_type == "system.release"]', {}, { perspective: 'raw' })).toEqual([])
  })

  it('keeps its still from anonymous readers: not listed, not served, not in doc', async () => {
    expect(await anonymousStatus(stillUrl)).toBe(404)
    expect(await anonymousStatus(`${stillUrl}?w=20`)).toBe(404)
    expect(await t.anonymous.fetch('*[_type == "sanity.imageAsset"]._id')).not.toContain(stillId)
    const doc = await t.request(`/v2025-02-19/data/doc/production/${stillId}`, { auth: false })
    expect(doc.body).toEqual({ documents: [], omitted: [{ id: stillId, reason: 'existence' }] })
  })

  it('serves the still to editors and to the Studio page that shows it', async () => {
    const withToken = await fetch(stillUrl, { headers: { authorization: `Bearer ${t.lake.token}` } })
    expect(withToken.status).toBe(200)
    expect(withToken.headers.get('content-type')).toBe('image/png')
    expect(await anonymousStatus(stillUrl, { referer: `${STUDIO_ORIGIN}/studio/structure` })).toBe(200)
    expect(await anonymousStatus(stillUrl, { referer: 'http://elsewhere.example/' })).toBe(404)
    expect(await writer.fetch('*[_type == "sanity.imageAsset"]._id')).toContain(stillId)
  })

  it('leaves assets of published stories public, and holds back those only a draft uses', async () => {
    const shared = await t.anonymous.fetch<string[]>('*[_type == "sanity.imageAsset"].url')
    expect(shared.length).toBeGreaterThan(0)
    for (const url of shared) expect(await anonymousStatus(url)).toBe(200)
    expect(shared).not.toContain(draftStillUrl)
    expect(await anonymousStatus(draftStillUrl)).toBe(404)
  })
})

describe('when the release publishes by itself', () => {
  it('is nowhere a second before the embargo', async () => {
    clock.advanceTo('2030-01-12T00:00:59.999Z')
    expect(await publicSightings()).toEqual([])
    expect(await anonymousStatus(stillUrl)).toBe(404)
  })

  it('is everywhere at the embargo, dated at the embargo, with its still public', async () => {
    clock.advanceTo(EMBARGO)
    expect(await writer.releases.get({ releaseId: RELEASE })).toMatchObject({
      state: 'published',
      publishedAt: EMBARGO,
    })
    expect(await publicSightings()).toEqual([
      'page',
      'home',
      'section',
      'tag',
      'search',
      'film',
      'related',
      'feed',
      'sitemap',
      'share',
    ])
    const page = await fetchQuery(reader, articleQuery, { slug: SLUG })
    expect(page?.publishedAt).toBe(EMBARGO)
    expect(await anonymousStatus(stillUrl)).toBe(200)
    expect(await t.anonymous.fetch('*[_type == "sanity.imageAsset"]._id')).toContain(stillId)
  })
})
