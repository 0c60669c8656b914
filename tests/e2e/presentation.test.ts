// Draft preview end to end on the production build: the enable route (next-sanity's, with secrets the lake
// keeps) and its redirect guard, draft-mode responses kept private, the Presentation tool in the real Studio
// showing an unpublished edit in its preview while the public page stays published, publishing reaching
// readers without a rebuild, the way out of preview mode, and no token in the browser bundles.
// Screenshots go to .test-results/presentation.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { vercelStegaDecode } from '@vercel/stega'
import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { clientFor } from '#tests/integration/lake/lake-fixture.ts'
import { launchChromium, onSite } from './browser.ts'
import { ROOT } from './next-server.ts'
import { lakeDocument, logLakeFailures, postActions, studioAs } from './studio-session.ts'

const SHOTS = join(ROOT, '.test-results/presentation')
const REVIEW_ID = 'review-oppenheimer'
const REVIEW_PATH = '/reviews/oppenheimer'
// Unique per run: a reused build (E2E_REUSE_BUILD) keeps the previous run's pages in its cache.
const MARKER = `draft ${Date.now().toString(36)}`
const DRAFT_HEADLINE = `Oppenheimer review | A ${MARKER} nobody may read yet`

let browser: Browser
let originalHeadline = ''

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, `${name}.png`) })
}

/** A fresh secret, as the Presentation tool makes one through the editor's Studio. */
async function previewSecret(): Promise<string> {
  const editor = clientFor(inject('lakeUrl'), inject('userTokens').editor)
  const { secret } = await createPreviewSecret(editor, 'e2e', '/studio', 'e2e-editor')
  return secret
}

function enableUrl(secret: string, pathname: string): string {
  const search = new URLSearchParams({ 'sanity-preview-secret': secret, 'sanity-preview-pathname': pathname })
  return onSite(`/api/draft-mode/enable?${search}`)
}

/** The `name=value` pairs of a response's cookies, for sending them back. */
function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ')
}

async function publicHtml(path: string): Promise<string> {
  return (await fetch(onSite(path), { cache: 'no-store' })).text()
}

/** Every .js file under .next/static (the code browsers download). */
function clientBundles(directory = join(ROOT, '.next/static')): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return clientBundles(path)
    return entry.name.endsWith('.js') ? [path] : []
  })
}

beforeAll(async () => {
  browser = await launchChromium()
  const review = await lakeDocument(REVIEW_ID)
  originalHeadline = typeof review?.headline === 'string' ? review.headline : ''
  expect(originalHeadline).not.toBe('')
})

afterAll(async () => {
  await browser?.close()
  // Other browser tests read the demo magazine as seeded: the review gets its headline back.
  if (originalHeadline !== '') {
    await postActions(inject('lakeToken'), [
      { actionType: 'sanity.action.document.discard', draftId: `drafts.${REVIEW_ID}` },
    ])
    await postActions(inject('lakeToken'), [
      {
        actionType: 'sanity.action.document.edit',
        draftId: `drafts.${REVIEW_ID}`,
        publishedId: REVIEW_ID,
        patch: { set: { headline: originalHeadline } },
      },
      {
        actionType: 'sanity.action.document.publish',
        draftId: `drafts.${REVIEW_ID}`,
        publishedId: REVIEW_ID,
      },
    ])
  }
})

describe('draft mode', () => {
  it('enables only with a valid secret and redirects only to a path on this site', async () => {
    const secret = await previewSecret()
    for (const pathname of ['//evil.test/x', '/\\evil.test', '/.//evil.test', 'https://evil.test/']) {
      const refused = await fetch(enableUrl(secret, pathname), { redirect: 'manual' })
      expect(refused.status, pathname).toBe(400)
      expect(refused.headers.getSetCookie()).toEqual([])
    }
    const wrong = await fetch(enableUrl(`${secret}-wrong`, REVIEW_PATH), { redirect: 'manual' })
    expect(wrong.status).toBe(401)
    expect(wrong.headers.getSetCookie()).toEqual([])

    const enabled = await fetch(enableUrl(secret, REVIEW_PATH), { redirect: 'manual' })
    expect(enabled.status).toBe(307)
    expect(enabled.headers.get('location')).toBe(REVIEW_PATH)
    expect(cookieHeader(enabled)).toContain('__prerender_bypass=')
  })

  it('shows drafts with the preview bar, privately, and never to anyone else', async () => {
    const { status } = await postActions(inject('userTokens').editor, [
      {
        actionType: 'sanity.action.document.edit',
        draftId: `drafts.${REVIEW_ID}`,
        publishedId: REVIEW_ID,
        patch: { set: { headline: DRAFT_HEADLINE } },
      },
    ])
    expect(status).toBe(200)
    const enabled = await fetch(enableUrl(await previewSecret(), REVIEW_PATH), { redirect: 'manual' })
    const draft = await fetch(onSite(REVIEW_PATH), { headers: { cookie: cookieHeader(enabled) } })
    const draftHtml = await draft.text()
    expect(draftHtml).toContain('Preview mode')
    // Stega: the headline carries invisible characters naming its document and field.
    const headline = /<h1[^>]*>([^<]*)<\/h1>/.exec(draftHtml)?.[1] ?? ''
    expect(headline).toContain(MARKER)
    expect(JSON.stringify(vercelStegaDecode(headline))).toContain(`id=${REVIEW_ID}`)
    const cacheControl = draft.headers.get('cache-control') ?? ''
    expect(cacheControl).toMatch(/private/)
    expect(cacheControl).toMatch(/no-store/)

    // The feed and the sitemap stay published, even for the editor in draft mode.
    const feed = await fetch(onSite('/feed.xml'), { headers: { cookie: cookieHeader(enabled) } })
    const feedXml = await feed.text()
    expect(feedXml).toContain('/reviews/oppenheimer')
    expect(feedXml).not.toContain(MARKER)

    const anonymous = await fetch(onSite(REVIEW_PATH), { cache: 'no-store' })
    const anonymousHtml = await anonymous.text()
    expect(anonymousHtml).not.toContain(MARKER)
    expect(anonymousHtml).not.toContain('Preview mode')
    // A made-up bypass cookie is not draft mode.
    const forged = await fetch(onSite(REVIEW_PATH), { headers: { cookie: '__prerender_bypass=forged' } })
    expect(await forged.text()).not.toContain(MARKER)
    await postActions(inject('userTokens').editor, [
      { actionType: 'sanity.action.document.discard', draftId: `drafts.${REVIEW_ID}` },
    ])
  })

  it('has a visible way out that returns to the page as readers see it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.goto(enableUrl(await previewSecret(), REVIEW_PATH), { waitUntil: 'load' })
    expect(new URL(page.url()).pathname).toBe(REVIEW_PATH)
    const exit = page.getByRole('link', { name: 'Exit preview' })
    await exit.waitFor({ timeout: 30_000 })
    await shot(page, '1-preview-bar')
    await exit.click()
    await page.waitForURL((url) => url.pathname === REVIEW_PATH && !url.search.includes('sanity'), {
      timeout: 30_000,
    })
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
    expect(await page.getByText('Preview mode').count()).toBe(0)
    await context.close()
  })
})

describe('Presentation in the Studio', () => {
  let studio: Page

  /** The preview iframe, once it has been through the enable route and shows the review. */
  async function previewFrame(): Promise<Frame> {
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      const frame = studio.frames().find((candidate) => URL.parse(candidate.url())?.pathname === REVIEW_PATH)
      if (frame) return frame
      await studio.waitForTimeout(250)
    }
    throw new Error(`no preview frame on ${REVIEW_PATH}; frames: ${studio.frames().map((f) => f.url())}`)
  }

  it('shows the page in draft mode with click-to-edit overlays', async () => {
    studio = await studioAs(browser, inject('userTokens').editor)
    logLakeFailures(studio)
    await studio.goto(onSite(`/studio/presentation?preview=${encodeURIComponent(REVIEW_PATH)}`), {
      waitUntil: 'load',
    })
    const frame = await previewFrame()
    await frame.getByText('Preview mode').first().waitFor({ timeout: 60_000 })
    await frame.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 })
    await studio.getByTestId('field-headline').locator('input').waitFor({ timeout: 60_000 })
    // <VisualEditing /> is on, and hovering a stega-encoded text outlines it for editing.
    await frame.locator('sanity-visual-editing').waitFor({ state: 'attached', timeout: 30_000 })
    await frame.getByRole('heading', { level: 1 }).hover()
    await shot(studio, '2-presentation')
  }, 120_000)

  it('shows an unpublished edit in the preview and not on the public page', async () => {
    const input = studio.getByTestId('field-headline').locator('input')
    await input.fill(DRAFT_HEADLINE)
    await expect
      .poll(async () => (await lakeDocument(`drafts.${REVIEW_ID}`))?.headline, { timeout: 30_000 })
      .toBe(DRAFT_HEADLINE)
    const frame = await previewFrame()
    await expect
      .poll(async () => frame.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 })
      .toContain(MARKER)
    await shot(studio, '3-draft-in-preview')
    expect(await publicHtml(REVIEW_PATH)).not.toContain(MARKER)
    const reader = await browser.newPage()
    await reader.goto(onSite(REVIEW_PATH), { waitUntil: 'load' })
    expect(await reader.getByRole('heading', { level: 1 }).textContent()).not.toContain(MARKER)
    await shot(reader, '4-public-page-unchanged')
    await reader.close()
  }, 120_000)

  it('publishing makes the edit public without a rebuild', async () => {
    const button = studio.getByTestId('action-publish')
    await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true)
    await button.click()
    await expect
      .poll(async () => (await lakeDocument(REVIEW_ID))?.headline, { timeout: 30_000 })
      .toBe(DRAFT_HEADLINE)
    await expect
      .poll(async () => publicHtml(REVIEW_PATH), { timeout: 30_000, interval: 500 })
      .toContain(MARKER)
    await shot(studio, '5-published')
  }, 120_000)
})

describe('the browser bundles', () => {
  it('hold none of the tokens the site and the lake use', () => {
    const secrets = {
      preview: inject('previewToken'),
      lake: inject('lakeToken'),
      editor: inject('userTokens').editor,
      viewer: inject('userTokens').viewer,
    }
    const files = clientBundles()
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const [name, token] of Object.entries(secrets)) {
        expect(text.includes(token), `${name} token in ${file}`).toBe(false)
      }
      expect(text.includes('SANITY_PREVIEW_TOKEN'), file).toBe(false)
    }
  })
})
