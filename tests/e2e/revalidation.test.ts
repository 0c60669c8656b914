// Publishing reaches readers without waiting for a timer: the e2e site has the revalidation webhook registered
// as `npm start` registers it (global-setup), and content changes through the lake's API. Each check polls the
// public page until it shows the change (a few seconds at most). Everything this file changes is put back.
import type { SanityClient } from '@sanity/client'
import { beforeAll, describe, expect, it } from 'vitest'
import { onSite } from './browser.ts'
import { lakeClient } from './lake-client.ts'

const VISIBLE_WITHIN_MS = 10_000
let client: SanityClient

beforeAll(() => {
  client = lakeClient()
})

const SITEMAP = '/sitemap.xml'

async function page(path: string): Promise<{ status: number; text: string }> {
  if (path === SITEMAP) return sitemapWithStoryFiles()
  const response = await fetch(onSite(path), { cache: 'no-store' })
  return { status: response.status, text: await response.text() }
}

/** /sitemap.xml is an index: its text followed by every stories file it lists (a new story joins the last). */
async function sitemapWithStoryFiles(): Promise<{ status: number; text: string }> {
  const index = await fetch(onSite(SITEMAP), { cache: 'no-store' })
  const text = await index.text()
  const files = [...text.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1] ?? '', onSite('/')).pathname)
    .filter((path) => path.startsWith('/sitemaps/sitemap/stories-'))
  const answers = await Promise.all(files.map((path) => page(path)))
  return {
    status: Math.max(index.status, ...answers.map((answer) => answer.status)),
    text: [text, ...answers.map((answer) => answer.text)].join('\n'),
  }
}

/** Polls `path` until `check` holds; fails with the last answer when it does not within the bound. */
async function eventually(path: string, check: (answer: { status: number; text: string }) => boolean) {
  const deadline = Date.now() + VISIBLE_WITHIN_MS
  let answer = await page(path)
  while (!check(answer)) {
    if (Date.now() > deadline)
      throw new Error(`${path} did not change within ${VISIBLE_WITHIN_MS} ms (status ${answer.status})`)
    await new Promise((resolve) => setTimeout(resolve, 100))
    answer = await page(path)
  }
  return answer
}

const shows = (text: string) => (answer: { status: number; text: string }) =>
  answer.status === 200 && answer.text.includes(text)
const lacks = (text: string) => (answer: { status: number; text: string }) => !answer.text.includes(text)

describe('revalidation on publish', () => {
  it('a review’s new headline shows on its page', async () => {
    const path = '/reviews/john-wick-chapter-4'
    expect((await page(path)).status).toBe(200)
    const original = await client.getDocument('review-john-wick-chapter-4')
    await client
      .patch('review-john-wick-chapter-4')
      .set({ headline: 'Revalidated: Wick climbs again' })
      .commit()
    await eventually(path, shows('Revalidated: Wick climbs again'))
    await client.patch('review-john-wick-chapter-4').set({ headline: original?.headline }).commit()
    await eventually(path, lacks('Revalidated: Wick climbs again'))
  })

  it('a film’s change reaches its page and its review', async () => {
    const original = await client.getDocument('film-ballerina')
    expect(original).toBeTruthy()
    await page('/films/ballerina')
    await page('/reviews/ballerina')
    await client.patch('film-ballerina').set({ title: 'Ballerina (Revalidated Cut)' }).commit()
    await eventually('/films/ballerina', shows('Ballerina (Revalidated Cut)'))
    await eventually('/reviews/ballerina', shows('Ballerina (Revalidated Cut)'))
    await client.patch('film-ballerina').set({ title: original?.title }).commit()
    await eventually('/films/ballerina', lacks('Revalidated Cut'))
  })

  it('an author’s change reaches their stories', async () => {
    const author = await client.fetch<{ _id: string; name: string } | null>(
      '*[_type == "author" && slug.current == "tom-ellery"][0]{_id, name}',
    )
    expect(author).toBeTruthy()
    await page('/reviews/ballerina')
    await client
      .patch(author?._id ?? '')
      .set({ name: 'Tomasz Revalidated' })
      .commit()
    await eventually('/reviews/ballerina', shows('Tomasz Revalidated'))
    await eventually('/authors/tom-ellery', shows('Tomasz Revalidated'))
    await client
      .patch(author?._id ?? '')
      .set({ name: author?.name })
      .commit()
    await eventually('/reviews/ballerina', lacks('Tomasz Revalidated'))
  })
})

describe('unpublish and delete', () => {
  const id = 'article-e2e-revalidation'
  const headline = 'A story that comes and goes (revalidation check)'
  const slug = 'a-story-that-comes-and-goes'
  const listings = ['/', '/news', '/feed.xml', SITEMAP, '/reviews/ballerina']

  async function publishStory(): Promise<void> {
    await client.createOrReplace({
      _id: id,
      _type: 'article',
      kind: 'news',
      headline,
      slug: { _type: 'slug', current: slug },
      standfirst: 'Published, unpublished and deleted by the e2e revalidation test.',
      publishedAt: new Date().toISOString(),
      section: { _type: 'reference', _ref: 'section-news' },
      films: [{ _type: 'reference', _ref: 'film-ballerina', _key: 'f1' }],
    })
  }

  it('a published story appears on its page, the home page, its section, related stories, the feed and sitemap', async () => {
    for (const path of listings) await page(path)
    await publishStory()
    await eventually(`/news/${slug}`, shows(headline))
    for (const path of listings)
      await eventually(path, (answer) => answer.text.includes(path.endsWith('.xml') ? slug : headline))
  })

  it('an unpublished story 404s at once and leaves every listing', async () => {
    await client.action({
      actionType: 'sanity.action.document.unpublish',
      draftId: `drafts.${id}`,
      publishedId: id,
    })
    await eventually(`/news/${slug}`, (answer) => answer.status === 404)
    for (const path of listings) await eventually(path, lacks(slug))
  })

  it('a deleted story 404s at once and leaves every listing', async () => {
    await client.delete(`drafts.${id}`)
    await publishStory()
    await eventually(`/news/${slug}`, shows(headline))
    await client.delete(id)
    await eventually(`/news/${slug}`, (answer) => answer.status === 404)
    for (const path of listings) await eventually(path, lacks(slug))
  })
})
