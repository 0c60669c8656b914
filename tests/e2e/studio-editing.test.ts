// The whole editing loop in the real Studio on the lake, in Chromium over HTTP/2 with the lake's CA trusted the
// way `lake trust` trusts it: an editor signs in with a personal token, writes a review with a film, a rating and
// an inline image (whose missing alt text the Studio flags), publishes it, edits and publishes again, restores
// the first version from history; a second editor sees edits and presence live; roles hold in the Studio and at
// the API. Screenshots go to .test-results/studio-editing.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Locator, Page, Request } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, onSite } from './browser.ts'
import {
  lakeDocument,
  logLakeFailures,
  openDocument,
  postActions,
  STUDIO_SHOTS,
  shot,
  studioAs,
} from './studio-session.ts'

const HEADLINE = 'Conclave review | White smoke, black heart'
const SECOND_HEADLINE = 'Conclave review | The smoke clears'
const STILL = join(STUDIO_SHOTS, 'still.png')

let browser: Browser
let editor: Page
let reviewId = ''
let slug = ''

beforeAll(async () => {
  browser = await launchChromium()
  editor = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  logLakeFailures(editor)
  await shot(editor, '0-blank')
  writeFileSync(
    STILL,
    await sharp({ create: { width: 320, height: 200, channels: 3, background: '#3b2a55' } })
      .png()
      .toBuffer(),
  )
})

afterAll(async () => {
  await browser?.close()
  // The other browser tests read the demo magazine as seeded: the review written here (it shares Ballerina's
  // film, so it would show in Ballerina's lists) goes again, draft and all.
  if (reviewId !== '') {
    await postActions(inject('lakeToken'), [
      {
        actionType: 'sanity.action.document.delete',
        publishedId: reviewId,
        includeDrafts: [`drafts.${reviewId}`],
      },
    ])
  }
})

function publishedIdOf(page: Page): string {
  const match = /;([A-Za-z0-9_-]+)/.exec(decodeURIComponent(new URL(page.url()).pathname))
  return match?.[1]?.replace(/^drafts\./, '') ?? ''
}

/**
 * Types into a reference field until the picker offers a match, then takes it. The Studio debounces the search
 * and a re-render can close the popover while the form settles, so one more try is what a person would do too.
 */
async function pickReference(page: Page, input: Locator, text: string, option: RegExp): Promise<void> {
  const offered = page.getByTestId('autocomplete-popover').getByRole('option', { name: option }).first()
  for (let attempt = 1; ; attempt++) {
    await input.fill('')
    await input.pressSequentially(text, { delay: 30 })
    try {
      await offered.waitFor({ timeout: 15_000 })
      break
    } catch (error) {
      if (attempt === 3) throw error
    }
  }
  await offered.click()
}

/** The revision the first publish of a document made, from the lake's History API (what the timeline reads). */
async function firstPublishRevision(id: string): Promise<string> {
  const response = await fetch(
    `${inject('lakeUrl')}/v2025-02-19/data/history/production/events/documents/${id}?limit=100`,
    { headers: { authorization: `Bearer ${inject('userTokens').editor}` } },
  )
  const body: unknown = await response.json()
  const events = Reflect.get(Reflect.get(Object(body), 'events') ?? {}, id)
  const publishes = Array.isArray(events)
    ? events.filter((event) => Reflect.get(Object(event), 'type') === 'publishDocumentVersion')
    : []
  const revision = Reflect.get(Object(publishes.at(-1)), 'revisionId')
  return typeof revision === 'string' ? revision : ''
}

async function publishAndWait(page: Page, headline: string): Promise<void> {
  const publish = page.getByTestId('action-publish')
  await expect.poll(() => publish.isEnabled(), { timeout: 30_000 }).toBe(true)
  await publish.click()
  await expect.poll(async () => (await lakeDocument(reviewId))?.headline, { timeout: 30_000 }).toBe(headline)
  await expect.poll(async () => lakeDocument(`drafts.${reviewId}`), { timeout: 30_000 }).toBeUndefined()
}

describe('editing in the Studio on the lake', () => {
  it('signs an editor in with a personal token on the lake sign-in page', async () => {
    await editor.goto(onSite('/studio'), { waitUntil: 'load' })
    await editor.getByRole('link', { name: 'Sign in to the Marquee lake' }).click({ timeout: 60_000 })
    await editor.getByLabel('Lake token').fill(inject('userTokens').editor)
    await editor.getByRole('button', { name: 'Sign in' }).click()
    await editor.getByText('Reviews', { exact: true }).first().waitFor({ timeout: 60_000 })
    // The Studio shows who is signed in: Edith Editor's initials, not the lake administrator's.
    await editor.getByRole('button', { name: 'EE' }).first().waitFor({ timeout: 30_000 })
    await shot(editor, '1-editor-signed-in')
  })

  it('creates a review with a film, a rating and an inline image, and flags the missing alt text', async () => {
    await editor.goto(onSite('/studio/intent/create/template=review;type=review/'), { waitUntil: 'load' })
    const headline = editor.getByTestId('field-headline').locator('input')
    await headline.waitFor({ timeout: 60_000 })
    await headline.fill(HEADLINE)
    await editor.getByTestId('field-slug').getByRole('button', { name: 'Generate' }).click()
    await pickReference(editor, editor.locator('#film'), 'Ballerina', /Ballerina/)
    await editor.locator('#rating').selectOption({ label: '★★★★ (4)' })
    await editor.getByTestId('field-body').locator('[contenteditable="true"]').first().click()
    await editor.keyboard.type('A papal thriller that plays like a chess match.')
    await editor
      .getByTestId('field-body')
      .getByRole('button', { name: 'Insert Image (block)' })
      .first()
      .click()
    const dialog = editor.getByRole('dialog')
    await dialog.locator('input[type=file]').setInputFiles(STILL)
    await dialog.locator('img').first().waitFor({ timeout: 30_000 })
    await editor.keyboard.press('Escape')
    await editor.getByRole('button', { name: 'Validation' }).click({ timeout: 30_000 })
    await editor.getByText('Alternative text is required').first().waitFor({ timeout: 30_000 })
    await shot(editor, '2-missing-alt-text')
    expect(await editor.getByTestId('action-publish').isDisabled()).toBe(true)
    reviewId = publishedIdOf(editor)
    expect(reviewId).not.toBe('')
    slug = await editor.getByTestId('field-slug').locator('input').inputValue()
    expect(slug).not.toBe('')
    // The uploaded image is an asset document in the lake, referenced from the draft's body.
    const draft = await lakeDocument(`drafts.${reviewId}`)
    expect(JSON.stringify(draft?.body)).toMatch(/"_ref":"image-[0-9a-f]{40}-320x200-png"/)
  }, 120_000)

  it('publishes once the alt text and the author are there, and readers see the review', async () => {
    await editor.getByText('Body / Image / Alternative text').first().click()
    await editor
      .getByRole('dialog')
      .getByLabel('Alternative text')
      .fill('An empty conclave hall lit in violet')
    await editor.keyboard.press('Escape')
    await editor.getByRole('tab', { name: /Publishing/ }).click()
    // force: the validation panel's tooltip can sit over the button while it animates away.
    await editor.getByTestId('field-authors').getByTestId('add-single-object-button').click({ force: true })
    await pickReference(editor, editor.getByTestId('field-authors').getByRole('combobox').last(), 'a', /./)
    await shot(editor, '3-ready-to-publish')
    await publishAndWait(editor, HEADLINE)
    await shot(editor, '4-published')
    const page = await fetch(onSite(`/reviews/${slug}`))
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('White smoke, black heart')
  }, 120_000)

  it('edits and publishes again; history shows both publishes and restores the first', async () => {
    const headline = editor.getByTestId('field-headline').locator('input')
    await editor.getByRole('tab', { name: /Story/ }).click()
    await headline.fill(SECOND_HEADLINE)
    await publishAndWait(editor, SECOND_HEADLINE)
    // The document with its History inspector open, as the footer's "Last published" link opens it.
    await editor.goto(
      onSite(
        `/studio/structure/review;${reviewId}%2CchangesInspectorTab%3Dhistory%2Cinspect%3Dsanity%252Fstructure%252Fhistory`,
      ),
      { waitUntil: 'load' },
    )
    const publishes = editor.getByRole('button', { name: /Published.*ago/ })
    await expect.poll(() => publishes.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2)
    await shot(editor, '5-history')
    // The first publish's revision, opened the way the timeline links it, then reverted to.
    const firstPublish = await firstPublishRevision(reviewId)
    await editor.goto(
      onSite(`/studio/structure/review;${reviewId}%2Crev%3D${firstPublish}?perspective=published`),
      { waitUntil: 'load' },
    )
    await expect.poll(() => headline.inputValue(), { timeout: 30_000 }).toBe(HEADLINE)
    await editor.getByRole('button', { name: 'Revert to revision' }).click()
    await editor.getByRole('button', { name: 'Confirm' }).click()
    await expect
      .poll(async () => (await lakeDocument(`drafts.${reviewId}`))?.headline, { timeout: 30_000 })
      .toBe(HEADLINE)
    await shot(editor, '6-restored')
    await openDocument(editor, 'review', reviewId)
    await publishAndWait(editor, HEADLINE)
  }, 180_000)

  it('shows a second editor’s presence and edits live', async () => {
    const other = await studioAs(browser, inject('userTokens').contributor)
    await openDocument(editor, 'review', reviewId)
    await openDocument(other, 'review', reviewId)
    // Carl Contributor's avatar appears in Edith's document pane.
    await editor.getByTestId('document-pane').getByText('CC').first().waitFor({ timeout: 30_000 })
    const otherHeadline = other.getByTestId('field-headline').locator('input')
    await otherHeadline.fill(`${HEADLINE} (draft)`)
    await expect
      .poll(() => editor.getByTestId('field-headline').locator('input').inputValue(), { timeout: 30_000 })
      .toBe(`${HEADLINE} (draft)`)
    await shot(editor, '7-live-edit-and-presence')
    await shot(other, '7-contributor-view')
    await other.context().close()
  })

  it('lets a contributor edit drafts but not publish, in the Studio and at the API', async () => {
    const contributor = await studioAs(browser, inject('userTokens').contributor)
    await openDocument(contributor, 'review', reviewId)
    await contributor.getByTestId('field-headline').locator('input').fill(`${HEADLINE} (contributor)`)
    await expect
      .poll(async () => (await lakeDocument(`drafts.${reviewId}`))?.headline, { timeout: 30_000 })
      .toBe(`${HEADLINE} (contributor)`)
    const publish = contributor.getByTestId('action-publish')
    expect((await publish.count()) === 0 || (await publish.isDisabled())).toBe(true)
    await shot(contributor, '8-contributor-no-publish')
    const direct = await postActions(inject('userTokens').contributor, [
      { actionType: 'sanity.action.document.publish', draftId: `drafts.${reviewId}`, publishedId: reviewId },
    ])
    expect(direct.status).toBe(403)
    expect((await lakeDocument(reviewId))?.headline).toBe(HEADLINE)
    await contributor.context().close()
  })

  it('shows a viewer the document read-only and refuses their writes', async () => {
    const viewer = await studioAs(browser, inject('userTokens').viewer)
    await openDocument(viewer, 'review', 'review-ballerina')
    const headline = viewer.getByTestId('field-headline').locator('input')
    await expect.poll(() => headline.getAttribute('readonly'), { timeout: 30_000 }).not.toBeNull()
    await shot(viewer, '9-viewer-read-only')
    const direct = await postActions(inject('userTokens').viewer, [
      {
        actionType: 'sanity.action.document.edit',
        draftId: 'drafts.review-ballerina',
        publishedId: 'review-ballerina',
        patch: { set: { headline: 'Vandalised' } },
      },
    ])
    expect(direct.status).toBe(403)
    expect(await lakeDocument('drafts.review-ballerina')).toBeUndefined()
    await viewer.context().close()
  })
})

describe('the transport', () => {
  it('keeps more than six listen streams open over HTTP/2 while every other request answers', async () => {
    // Two tabs of one browser profile, each with a document open: a dozen event streams to one host, which
    // HTTP/1.1's six connections per host could not carry.
    const first = await studioAs(browser, inject('userTokens').editor)
    const context = first.context()
    const open = new Set<Request>()
    let most = 0
    context.on('request', (request) => {
      if (!request.url().includes('/data/listen/')) return
      open.add(request)
      most = Math.max(most, open.size)
    })
    context.on('requestfinished', (request) => open.delete(request))
    context.on('requestfailed', (request) => open.delete(request))
    await openDocument(first, 'review', 'review-ballerina')
    const second = await context.newPage()
    logLakeFailures(second)
    await openDocument(second, 'review', 'review-dune-part-two')
    // Which protocol the lake answered with, as Chromium's network layer saw it.
    const protocols = new Set<string>()
    const cdp = await context.newCDPSession(second)
    await cdp.send('Network.enable')
    cdp.on('Network.responseReceived', (event) => {
      if (event.response.url.includes('local.localhost')) protocols.add(event.response.protocol ?? '')
    })
    await second.getByRole('button', { name: 'Open search' }).click()
    await second.keyboard.type('Oppenheimer')
    await second
      .getByRole('option', { name: /Oppenheimer/ })
      .first()
      .waitFor({ timeout: 30_000 })
    await shot(second, '10-search-with-documents-open')
    expect(most).toBeGreaterThan(6)
    expect([...protocols]).toEqual(['h2'])
    await context.close()
  })
})
