// The site's queries against a real lake: real @sanity/client over HTTP, SQLite in a temp dir.
// Every result goes through fetchQuery, so it also proves the zod schemas accept what the lake returns.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SanityClient } from '@sanity/client'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSanityClient } from '#lib/client.ts'
import { parseEnv } from '#lib/env.ts'
import { fetchQuery } from '#lib/fetch.ts'
import { imageBuilder, imageProps } from '#lib/image.ts'
import { articleQuery, recentStoryPathsQuery } from '#lib/queries/article.ts'
import { filmPageQuery } from '#lib/queries/film.ts'
import { homeQuery, PAGE_SIZE, pageBounds, sectionPageQuery, tagPageQuery } from '#lib/queries/listings.ts'
import { authorPageQuery, personPageQuery } from '#lib/queries/people.ts'
import { searchQuery, searchTerms } from '#lib/queries/search.ts'
import { siteSettingsQuery } from '#lib/queries/settings.ts'
import { type RunningLake, startLake } from '#sanity/lake/server.ts'
import { REVIEW_COUNT, siteFixtures } from './fixtures.ts'

let lake: RunningLake
let dataDir: string
let reader: SanityClient

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'marquee-site-'))
  lake = await startLake({ port: 0, dataDir, token: 'site-test-token' })
  const env = parseEnv({ LAKE_URL: lake.url })
  const writer = createSanityClient(env, { token: lake.token })
  const png = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#b3141f' } })
    .png()
    .toBuffer()
  const asset = await writer.assets.upload('image', png, { filename: 'still.png' })
  const transaction = writer.transaction()
  for (const document of siteFixtures(asset._id)) transaction.createOrReplace(document)
  await transaction.commit({ visibility: 'sync' })
  // Anonymous, like the public site.
  reader = createSanityClient(env)
})

afterAll(async () => {
  await lake?.close()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('home', () => {
  it('leads with the newest story that has an image and lists reviews and articles newest first', async () => {
    const home = await fetchQuery(reader, homeQuery)
    expect(home.lead?._id).toBe('article-news')
    expect(home.reviews.map((story) => story._id).slice(0, 3)).toEqual([
      'review-14',
      'review-13',
      'review-12',
    ])
    expect(home.stories.map((story) => story._id)).toEqual(['article-news'])
    expect(home.lead?.film).toEqual({ title: 'Ballerina', slug: 'ballerina' })
  })
})

describe('section listings', () => {
  it('pages through a section with a total count', async () => {
    const first = await fetchQuery(reader, sectionPageQuery, { slug: 'reviews', ...pageBounds(1) })
    const second = await fetchQuery(reader, sectionPageQuery, { slug: 'reviews', ...pageBounds(2) })
    expect(first?.total).toBe(REVIEW_COUNT)
    expect(first?.stories).toHaveLength(PAGE_SIZE)
    expect(second?.stories.map((story) => story._id)).toEqual(['review-2', 'review-1'])
  })

  it('lists only published stories of the section and returns null for unknown sections', async () => {
    const news = await fetchQuery(reader, sectionPageQuery, { slug: 'news', ...pageBounds(1) })
    expect(news?.stories.map((story) => story._id)).toEqual(['article-news'])
    expect(await fetchQuery(reader, sectionPageQuery, { slug: 'nope', ...pageBounds(1) })).toBeNull()
  })

  it('pages a tag', async () => {
    const tag = await fetchQuery(reader, tagPageQuery, { slug: 'action', ...pageBounds(1) })
    expect(tag?.total).toBe(3)
    expect(tag?.stories.map((story) => story._id)).toEqual(['article-news', 'review-2', 'review-1'])
  })
})

describe('story page', () => {
  it('returns the published review with film facts, bylines, tags and a resolved body image', async () => {
    const review = await fetchQuery(reader, articleQuery, { slug: 'ballerina' })
    expect(review?.headline).toBe('Ballerina review | Pointe-blank range')
    expect(review?.rating).toBe(3.5)
    expect(review?.verdict).toBe('Bruising fun.')
    expect(review?.authors).toEqual([{ name: 'Tom Ellery', slug: 'tom-ellery', role: 'Critic' }])
    expect(review?.tags).toEqual([{ title: 'Action', slug: 'action' }])
    const [film] = review?.films ?? []
    expect(film?.directors).toEqual([{ name: 'Len Wiseman', slug: 'len-wiseman' }])
    expect(film?.cast[0]).toEqual({
      character: 'Eve',
      person: { name: 'Ana de Armas', slug: 'ana-de-armas' },
    })
    expect(film?.certificates).toEqual([{ territory: 'UK', body: 'BBFC', rating: '15' }])
    const image = review?.body.find((block) => block._type === 'image')
    expect(image).toMatchObject({
      alt: 'Inline still',
      asset: { metadata: { dimensions: { width: 64, height: 36 } } },
    })
  })

  it('never shows a draft to readers', async () => {
    const review = await fetchQuery(reader, articleQuery, { slug: 'ballerina' })
    expect(review?._id).toBe('review-1')
    expect(JSON.stringify(review)).not.toContain('DRAFT')
  })

  it('does not return stories without a publication date', async () => {
    expect(await fetchQuery(reader, articleQuery, { slug: 'no-date' })).toBeNull()
  })

  it('lists recent story paths for prerendering', async () => {
    const paths = await fetchQuery(reader, recentStoryPathsQuery, { limit: 3 })
    expect(paths).toEqual([
      { _type: 'article', slug: 'sequel-news', section: { slug: 'news' } },
      { _type: 'review', slug: 'review-14', section: { slug: 'reviews' } },
      { _type: 'review', slug: 'review-13', section: { slug: 'reviews' } },
    ])
  })

  it('builds image URLs on the site for readers and on the lake for server code', async () => {
    const review = await fetchQuery(reader, articleQuery, { slug: 'ballerina' })
    const env = parseEnv({ LAKE_URL: lake.url, NEXT_PUBLIC_SITE_URL: 'https://marquee.example' })
    const forReaders = imageProps(review?.heroImage, { sizes: '100vw' }, imageBuilder(env))
    expect(forReaders?.src.startsWith('https://marquee.example/images/local/production/')).toBe(true)

    const builder = imageBuilder(env, 'server')
    const props = imageProps(review?.heroImage, { sizes: '100vw', aspectRatio: 16 / 9 }, builder)
    expect(props?.src.startsWith(`${lake.url}/images/local/production/`)).toBe(true)
    const response = await fetch(props?.src ?? '')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\//)
  })
})

describe('film, person and author pages', () => {
  it('collects all coverage of a film, reviews and articles alike', async () => {
    const film = await fetchQuery(reader, filmPageQuery, { slug: 'ballerina' })
    expect(film?.coverage.map((story) => story._id)).toEqual(['article-news', 'review-1'])
    expect(film?.runtime).toBe(125)
  })

  it('finds a person’s films and the stories about them', async () => {
    const person = await fetchQuery(reader, personPageQuery, { slug: 'ana-de-armas' })
    expect(person?.films).toEqual([
      { title: 'Ballerina', slug: 'ballerina', year: '2025-06-06', character: 'Eve' },
    ])
    expect(person?.stories.map((story) => story._id)).toEqual(['article-news', 'review-1'])
  })

  it('lists an author’s published stories', async () => {
    const author = await fetchQuery(reader, authorPageQuery, { slug: 'tom-ellery' })
    expect(author?.stories).toHaveLength(REVIEW_COUNT + 1)
    expect(author?.stories.some((story) => story._id === 'article-unpublished')).toBe(false)
  })
})

describe('search', () => {
  it('ranks a headline match above a body-only match', async () => {
    const results = await fetchQuery(reader, searchQuery, { terms: searchTerms('Ballerina') })
    const ids = results.map((story) => story._id)
    expect(ids[0]).toBe('review-1')
    expect(ids).toContain('review-5')
    expect(ids.indexOf('review-1')).toBeLessThan(ids.indexOf('review-5'))
  })

  it('matches word prefixes and finds stories by their film title', async () => {
    const results = await fetchQuery(reader, searchQuery, { terms: searchTerms('sequel') })
    expect(results.map((story) => story._id)).toEqual(['article-news'])
    const byFilm = await fetchQuery(reader, searchQuery, { terms: searchTerms('quiet') })
    expect(byFilm).toHaveLength(REVIEW_COUNT - 1)
  })

  it('returns nothing for words no story has', async () => {
    expect(await fetchQuery(reader, searchQuery, { terms: searchTerms('zzyzx') })).toEqual([])
  })
})

describe('site settings', () => {
  it('returns the title, navigation and sections', async () => {
    const data = await fetchQuery(reader, siteSettingsQuery)
    expect(data.settings?.title).toBe('Marquee Test')
    expect(data.settings?.navigation).toEqual([{ label: 'Reviews', href: '/reviews' }])
    expect(data.sections.map((section) => section.slug)).toEqual(['news', 'reviews'])
  })
})
