// An embargo in the real Studio on the lake: a review and a news story wait in a release "Ballerina embargo";
// an editor schedules it in the Releases tool, unschedules it and schedules it again; a contributor sees that
// they may not; another release is created in the Studio and archived; the embargo is brought forward to a
// few seconds ahead and the editor schedules it in the Studio; the desk's Embargoes view lists it. The
// review's page is a 404 (absent from listings, feed, sitemap, search; share card generic) until the lake
// publishes the release by itself at that second, after which it is public and dated at the embargo, with
// nobody touching anything. Screenshots go to .test-results/studio-editing (embargo-*).
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, onSite } from './browser.ts'
import { lakeDocument, postActions, shot, studioAs } from './studio-session.ts'

// Unique per run: with E2E_REUSE_BUILD the site's data cache outlives a run, and with it an earlier run's page.
const RUN = Date.now().toString(36)
const RELEASE = `ballerina-embargo-${RUN}`
const TITLE = 'Ballerina embargo'
const REVIEW_ID = `review-ballerina-embargoed-${RUN}`
const REVIEW_SLUG = `ballerina-embargoed-${RUN}`
const REVIEW_HEADLINE = 'Ballerina review | Under embargo until the minute'
const NEWS_ID = `article-ballerina-embargoed-news-${RUN}`
const NEWS_SLUG = `ballerina-embargoed-news-${RUN}`
const DROPPED_TITLE = `Embargo dropped ${RUN}`

/** The first plan: far enough ahead for the Studio round trip (schedule, unschedule, schedule) under load. */
const plannedAt = new Date(Math.ceil((Date.now() + 15 * 60_000) / 60_000) * 60_000)
/** The embargo is then moved to a few seconds after the editor's final "Schedule" (set in the last test). */
const LEAD_MS = 45_000
let embargoAt = plannedAt

let browser: Browser
let editor: Page

async function siteStatus(path: string): Promise<number> {
  const response = await fetch(onSite(path), { redirect: 'manual' })
  await response.body?.cancel()
  return response.status
}

async function siteBytes(path: string): Promise<Buffer> {
  const response = await fetch(onSite(path))
  return Buffer.from(await response.arrayBuffer())
}

async function siteText(path: string): Promise<string> {
  const response = await fetch(onSite(path))
  return response.text()
}

/** The sitemap index and every file it lists, as one text (a crawler follows the index the same way). */
async function sitemapText(): Promise<string> {
  const index = await siteText('/sitemap.xml')
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname)
  expect(files.length).toBeGreaterThan(0)
  return [index, ...(await Promise.all(files.map(siteText)))].join('\n')
}

/** The share card's URL of a review, shaped as Next names it for the published Ballerina review. */
async function shareImagePath(slug: string): Promise<string> {
  const html = await siteText('/reviews/ballerina')
  const content = /property="og:image" content="([^"]+)"/.exec(html)?.[1]
  if (!content) throw new Error('The Ballerina review has no og:image')
  const url = new URL(content.replaceAll('&amp;', '&'))
  return `${url.pathname.replace('/reviews/ballerina/', `/reviews/${slug}/`)}${url.search}`
}

async function copyOf(id: string): Promise<Record<string, unknown>> {
  const source = await lakeDocument(id)
  if (!source) throw new Error(`The demo dataset lacks ${id}`)
  // A new story has no "updated at" (which must not be before its new publish date).
  const { _id, _rev, _createdAt, _updatedAt, _originalId, updatedAt, ...rest } = source
  return rest
}

/** The name of the release with this title, or '' (a raw query with the root token). */
async function releaseNamed(title: string): Promise<string> {
  const query = encodeURIComponent('*[_type == "system.release" && metadata.title == $title][0].name')
  const response = await fetch(
    `${inject('lakeUrl')}/v2025-02-19/data/query/production?query=${query}&$title=${encodeURIComponent(JSON.stringify(title))}&perspective=raw`,
    { headers: { authorization: `Bearer ${inject('lakeToken')}` } },
  )
  const body: unknown = await response.json()
  const name = typeof body === 'object' && body !== null && 'result' in body ? body.result : undefined
  return typeof name === 'string' ? name : ''
}

async function releaseState(name: string): Promise<unknown> {
  return (await lakeDocument(`_.releases.${name}`))?.state
}

async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (accept(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

beforeAll(async () => {
  browser = await launchChromium()
  const editorToken = inject('userTokens').editor
  const review = await copyOf('review-ballerina')
  const news = await copyOf('article-john-wick-films-ranked')
  const created = await postActions(editorToken, [
    {
      actionType: 'sanity.action.release.create',
      releaseId: RELEASE,
      metadata: { title: TITLE, releaseType: 'scheduled', intendedPublishAt: plannedAt.toISOString() },
    },
    {
      actionType: 'sanity.action.document.version.create',
      publishedId: REVIEW_ID,
      document: {
        ...review,
        _id: `versions.${RELEASE}.${REVIEW_ID}`,
        headline: REVIEW_HEADLINE,
        slug: { _type: 'slug', current: REVIEW_SLUG },
        publishedAt: plannedAt.toISOString(),
      },
    },
    {
      actionType: 'sanity.action.document.version.create',
      publishedId: NEWS_ID,
      document: {
        ...news,
        _id: `versions.${RELEASE}.${NEWS_ID}`,
        headline: 'Ballerina: the embargo lifts on our review',
        slug: { _type: 'slug', current: NEWS_SLUG },
        publishedAt: plannedAt.toISOString(),
      },
    },
  ])
  expect(created.status).toBe(200)
  editor = await studioAs(browser, editorToken)
})

afterAll(async () => {
  await browser?.close()
  // The other browser tests read the demo magazine as seeded.
  await postActions(inject('lakeToken'), [
    { actionType: 'sanity.action.document.delete', publishedId: REVIEW_ID, includeDrafts: [] },
    { actionType: 'sanity.action.document.delete', publishedId: NEWS_ID, includeDrafts: [] },
  ])
})

describe('an embargoed review in the Studio on the lake', () => {
  it('is not public while it waits in the release', async () => {
    expect(await siteStatus(`/reviews/${REVIEW_SLUG}`)).toBe(404)
    // A story that is not public gets the site's own card, the same bytes as a slug that never existed.
    expect(await siteBytes(await shareImagePath(REVIEW_SLUG))).toEqual(
      await siteBytes(await shareImagePath('no-such-review')),
    )
    expect(await siteText('/')).not.toContain(REVIEW_SLUG)
    expect(await siteText('/reviews')).not.toContain(REVIEW_SLUG)
    expect(await siteText('/films/ballerina')).not.toContain(REVIEW_SLUG)
    expect(await siteText('/feed.xml')).not.toContain(REVIEW_SLUG)
    expect(await sitemapText()).not.toContain(REVIEW_SLUG)
    expect(await siteText(`/search?q=${encodeURIComponent('Under embargo')}`)).not.toContain(REVIEW_SLUG)
  }, 120_000)

  it('shows the release and its documents in the Releases tool', async () => {
    await editor.goto(onSite('/studio/releases'), { waitUntil: 'load' })
    await editor.getByText(TITLE).first().waitFor({ timeout: 60_000 })
    await shot(editor, 'embargo-1-releases-list')
    await editor.getByText(TITLE).first().click()
    await editor.getByText(REVIEW_HEADLINE).first().waitFor({ timeout: 60_000 })
    await shot(editor, 'embargo-2-release-documents')
  }, 150_000)

  it('lets a contributor see the release but not schedule it', async () => {
    const contributor = await studioAs(browser, inject('userTokens').contributor)
    await contributor.goto(onSite(`/studio/releases/${RELEASE}`), { waitUntil: 'load' })
    await contributor.getByText(REVIEW_HEADLINE).first().waitFor({ timeout: 60_000 })
    const schedule = contributor.getByRole('button', { name: /Schedule release/ })
    await schedule.waitFor({ timeout: 30_000 })
    await contributor.waitForTimeout(2000)
    expect(await schedule.isDisabled()).toBe(true)
    await contributor.getByText(/You may not publish nor schedule this release/).waitFor({ timeout: 30_000 })
    await shot(contributor, 'embargo-3-contributor')
    await contributor.context().close()
  }, 150_000)

  it('is scheduled, unscheduled and scheduled again through the Studio', async () => {
    await scheduleInStudio(editor)
    expect(
      await until(
        () => releaseState(RELEASE),
        (state) => state === 'scheduled',
        15_000,
      ),
    ).toBe('scheduled')
    expect((await lakeDocument(`_.releases.${RELEASE}`))?.publishAt).toBe(plannedAt.toISOString())
    await shot(editor, 'embargo-4-scheduled')
    await unscheduleInStudio(editor)
    await scheduleInStudio(editor)
    expect(
      await until(
        () => releaseState(RELEASE),
        (state) => state === 'scheduled',
        15_000,
      ),
    ).toBe('scheduled')
    // The distributor brings the embargo forward: unschedule to change the release (it is locked meanwhile).
    await unscheduleInStudio(editor)
  }, 240_000)

  it('creates a release in the Studio, and archives it when nobody needs it', async () => {
    await editor.goto(onSite('/studio/releases'), { waitUntil: 'load' })
    await editor.getByRole('button', { name: 'New release' }).click()
    const title = editor.getByTestId('release-form-title')
    await title.waitFor({ timeout: 30_000 })
    await title.click()
    await editor.keyboard.type(DROPPED_TITLE)
    await editor.getByTestId('submit-release-button').click()
    // The Studio names the release itself; find it by its title.
    const archived = await until(
      () => releaseNamed(DROPPED_TITLE),
      (name) => name !== '',
      30_000,
    )
    expect(await lakeDocument(`_.releases.${archived}`)).toMatchObject({
      state: 'active',
      metadata: { title: DROPPED_TITLE },
    })
    await editor.goto(onSite(`/studio/releases/${archived}`), { waitUntil: 'load' })
    await editor.getByText(DROPPED_TITLE).first().waitFor({ timeout: 60_000 })
    await editor.getByTestId('release-menu-button').click()
    await editor.getByRole('menuitem', { name: /Archive release/ }).click()
    await editor.getByRole('button', { name: 'Yes, archive release' }).click()
    expect(
      await until(
        () => releaseState(archived),
        (state) => state === 'archived',
        15_000,
      ),
    ).toBe('archived')
    await shot(editor, 'embargo-6-archived')
  }, 120_000)

  it('is scheduled a few seconds ahead, after its stories are dated at the embargo', async () => {
    embargoAt = new Date(Math.ceil((Date.now() + LEAD_MS) / 1000) * 1000)
    const editorToken = inject('userTokens').editor
    const dated = await postActions(editorToken, [
      {
        actionType: 'sanity.action.release.edit',
        releaseId: RELEASE,
        patch: { set: { 'metadata.intendedPublishAt': embargoAt.toISOString() } },
      },
      ...(await Promise.all([REVIEW_ID, NEWS_ID].map((id) => redated(`versions.${RELEASE}.${id}`)))),
    ])
    expect(dated.status).toBe(200)
    await scheduleInStudio(editor)
    expect(
      await until(
        () => releaseState(RELEASE),
        (state) => state === 'scheduled',
        15_000,
      ),
    ).toBe('scheduled')
    expect((await lakeDocument(`_.releases.${RELEASE}`))?.publishAt).toBe(embargoAt.toISOString())
  }, 120_000)

  it('is listed in the Embargoes view at its time, with its documents', async () => {
    await editor.goto(onSite('/studio/structure/embargoes'), { waitUntil: 'load' })
    const view = editor.getByTestId('embargoes-view')
    await view.getByText(TITLE).waitFor({ timeout: 60_000 })
    await view.getByText(REVIEW_HEADLINE).waitFor({ timeout: 30_000 })
    const time = await view.getByTestId('embargo-time').first().textContent()
    expect(time).toContain('Goes live')
    expect(time).toContain(
      `${String(embargoAt.getUTCHours()).padStart(2, '0')}:${String(embargoAt.getUTCMinutes()).padStart(2, '0')}:${String(embargoAt.getUTCSeconds()).padStart(2, '0')}`,
    )
    await shot(editor, 'embargo-5-embargoes-view')
  }, 120_000)

  it(
    'goes live by itself at the embargo minute, dated at the embargo',
    async () => {
      expect(Date.now()).toBeLessThan(embargoAt.getTime())
      expect(await siteStatus(`/reviews/${REVIEW_SLUG}`)).toBe(404)
      // Nobody touches anything from here: the lake's scheduler publishes, its webhook revalidates the site.
      await new Promise((resolve) => setTimeout(resolve, embargoAt.getTime() - Date.now()))
      const status = await until(
        () => siteStatus(`/reviews/${REVIEW_SLUG}`),
        (code) => code === 200,
        30_000,
      )
      expect(status).toBe(200)
      const release = await lakeDocument(`_.releases.${RELEASE}`)
      expect(release?.state).toBe('published')
      const publishedAt = Date.parse(String(release?.publishedAt))
      expect(publishedAt).toBeGreaterThanOrEqual(embargoAt.getTime())
      expect(publishedAt - embargoAt.getTime()).toBeLessThan(5000)
      const page = await siteText(`/reviews/${REVIEW_SLUG}`)
      expect(page).toContain(REVIEW_HEADLINE)
      expect(page).toContain(`dateTime="${embargoAt.toISOString()}"`)
      const genericCard = await siteBytes(await shareImagePath('no-such-review'))
      const cardPath = await shareImagePath(REVIEW_SLUG)
      const card = await until(
        () => siteBytes(cardPath),
        (bytes) => !bytes.equals(genericCard),
        30_000,
      )
      expect(card.equals(genericCard)).toBe(false)
      expect(await siteText('/films/ballerina')).toContain(REVIEW_SLUG)
      expect(await sitemapText()).toContain(REVIEW_SLUG)
      await editor.goto(onSite(`/reviews/${REVIEW_SLUG}`), { waitUntil: 'load' })
      await shot(editor, 'embargo-7-live')
    },
    LEAD_MS + 120_000,
  )
})

/** The version as it is, dated at the (new) embargo: a replace the release accepts while it is not scheduled. */
async function redated(versionId: string): Promise<Record<string, unknown>> {
  const version = await lakeDocument(versionId)
  if (!version) throw new Error(`${versionId} is missing`)
  const { _rev, _createdAt, _updatedAt, ...rest } = version
  return {
    actionType: 'sanity.action.document.version.replace',
    document: { ...rest, publishedAt: embargoAt.toISOString() },
  }
}

async function unscheduleInStudio(page: Page): Promise<void> {
  await page.goto(onSite(`/studio/releases/${RELEASE}`), { waitUntil: 'load' })
  await page.getByText(REVIEW_HEADLINE).first().waitFor({ timeout: 60_000 })
  const unschedule = page.getByRole('button', { name: /Unschedule release/ })
  await expect.poll(() => unschedule.isEnabled(), { timeout: 60_000 }).toBe(true)
  await unschedule.click()
  // The Studio asks "Are you sure you want to unschedule the release?" with its own Unschedule button.
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Unschedule release/ })
    .click()
  expect(
    await until(
      () => releaseState(RELEASE),
      (state) => state === 'active',
      15_000,
    ),
  ).toBe('active')
}

/** Opens the release, asks to schedule it and confirms the time the dialog offers: the intended embargo. */
async function scheduleInStudio(page: Page): Promise<void> {
  await page.goto(onSite(`/studio/releases/${RELEASE}`), { waitUntil: 'load' })
  await page.getByText(REVIEW_HEADLINE).first().waitFor({ timeout: 60_000 })
  const open = page.getByRole('button', { name: /Schedule release/ })
  await expect.poll(() => open.isEnabled(), { timeout: 60_000 }).toBe(true)
  await open.click()
  const confirm = page.getByRole('button', { name: /Yes, schedule/ })
  await confirm.waitFor({ timeout: 30_000 })
  await shot(page, 'embargo-schedule-dialog')
  await confirm.click()
}
