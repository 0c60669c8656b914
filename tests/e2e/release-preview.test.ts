// Draft preview of a release on the production build: the editor checks what the home page and a review will
// look like at the embargo. The release perspective arrives as Presentation sends it (the enable route's
// `sanity-preview-perspective` parameter, which next-sanity stores in the cookie of that name, `<release>,drafts`),
// and the Studio's Presentation tool is opened on that release (`?perspective=<release>`, what its picker sets).
// In draft mode the release's review leads the home page, its page renders, and its still (which the lake
// withholds from anonymous readers) comes through /images privately; without draft mode none of it is visible.
// Screenshots go to .test-results/presentation (release-*).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import type { Browser, Frame, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { clientFor } from '#tests/integration/lake/lake-fixture.ts'
import { launchChromium, onSite } from './browser.ts'
import { ROOT } from './next-server.ts'
import { lakeDocument, logLakeFailures, openDocument, postActions, studioAs } from './studio-session.ts'

const SHOTS = join(ROOT, '.test-results/presentation')
// Unique per run: a reused build (E2E_REUSE_BUILD) keeps the previous run's pages in its cache.
const RUN = Date.now().toString(36)
const RELEASE = `rPreview${RUN}`
const REVIEW_ID = `review-release-preview-${RUN}`
const REVIEW_PATH = `/reviews/release-preview-${RUN}`
const HEADLINE = `Ballerina review | Seen at the embargo ${RUN}`

let browser: Browser
let stillPath = ''
let stillFile = ''

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, `${name}.png`) })
}

/** Draft mode as Presentation enables it, with the perspective it has picked; the cookies to send back. */
async function draftCookies(perspective?: string): Promise<string> {
  const editor = clientFor(inject('lakeUrl'), inject('userTokens').editor)
  const { secret } = await createPreviewSecret(editor, 'e2e', '/studio', 'e2e-editor')
  const search = new URLSearchParams({ 'sanity-preview-secret': secret, 'sanity-preview-pathname': '/' })
  if (perspective) search.set('sanity-preview-perspective', perspective)
  const enabled = await fetch(onSite(`/api/draft-mode/enable?${search}`), { redirect: 'manual' })
  expect(enabled.status).toBe(307)
  return enabled.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ')
}

async function page(path: string, cookie = ''): Promise<{ status: number; html: string }> {
  const response = await fetch(onSite(path), { headers: cookie ? { cookie } : {}, cache: 'no-store' })
  return { status: response.status, html: await response.text() }
}

async function image(path: string, cookie = ''): Promise<Response> {
  return fetch(onSite(path), { headers: cookie ? { cookie } : {}, cache: 'no-store' })
}

/** A still nobody has seen (unique bytes per run and `salt`), uploaded as the editor; its asset id. */
async function uploadFreshStill(token: string, salt: number): Promise<string> {
  const colour = ((Date.now() + salt * 0x1f1f) % 0xffffff).toString(16).padStart(6, '0')
  const png = await sharp({ create: { width: 64, height: 36, channels: 3, background: `#${colour}` } })
    .png()
    .toBuffer()
  const upload = await fetch(`${inject('lakeUrl')}/v2025-02-19/assets/images/production?filename=still.png`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'image/png' },
    body: new Uint8Array(png),
  })
  const uploaded: unknown = await upload.json()
  const asset =
    typeof uploaded === 'object' && uploaded !== null && 'document' in uploaded
      ? uploaded.document
      : undefined
  const assetId = typeof asset === 'object' && asset !== null && '_id' in asset ? String(asset._id) : ''
  expect(assetId).toMatch(/^image-[0-9a-f]{40}-64x36-png$/)
  return assetId
}

/** `image-<sha1>-64x36-png` is served as `<sha1>-64x36.png`. */
const fileOf = (assetId: string) => assetId.replace(/^image-/, '').replace(/-png$/, '.png')

beforeAll(async () => {
  browser = await launchChromium()
  const editorToken = inject('userTokens').editor
  const assetId = await uploadFreshStill(editorToken, 0)
  stillFile = fileOf(assetId)

  const source = await lakeDocument('review-ballerina')
  if (!source) throw new Error('The demo dataset lacks review-ballerina')
  const { _id, _rev, _createdAt, _updatedAt, _originalId, updatedAt, ...review } = source
  const created = await postActions(editorToken, [
    { actionType: 'sanity.action.release.create', releaseId: RELEASE, metadata: { title: `Preview ${RUN}` } },
    {
      actionType: 'sanity.action.document.version.create',
      publishedId: REVIEW_ID,
      document: {
        ...review,
        _id: `versions.${RELEASE}.${REVIEW_ID}`,
        headline: HEADLINE,
        slug: { _type: 'slug', current: REVIEW_PATH.split('/').at(-1) },
        // Newest of all, so it leads the home page in the release's view.
        publishedAt: new Date(Date.now() + 86_400_000).toISOString(),
        heroImage: { _type: 'image', asset: { _type: 'reference', _ref: assetId }, alt: 'A still' },
      },
    },
  ])
  expect(created.status).toBe(200)
})

afterAll(async () => {
  await browser?.close()
  await postActions(inject('lakeToken'), [
    { actionType: 'sanity.action.release.archive', releaseId: RELEASE },
  ]).catch(() => undefined)
})

describe('draft preview of a release', () => {
  it('shows the release on the home page and its review in draft mode with the release perspective', async () => {
    const cookie = await draftCookies(`${RELEASE},drafts`)
    expect(cookie).toContain('sanity-preview-perspective=')
    const home = await page('/', cookie)
    expect(home.html).toContain('Preview mode')
    // The bar names the release, so the editor knows this is what it will publish, not today's drafts.
    expect(home.html).toContain(`you are seeing release “Preview ${RUN}”, over unpublished drafts.`)
    expect(home.html).toContain(HEADLINE.split(' | ')[1])
    const review = await page(REVIEW_PATH, cookie)
    expect(review.status).toBe(200)
    expect(review.html).toContain(RUN)
    // The still, withheld by the lake from anonymous readers, comes through /images with the preview token.
    stillPath = new RegExp(`(/images/[^"?\\s]+/${stillFile})`).exec(review.html)?.[1] ?? ''
    expect(stillPath).toContain(stillFile)
    const still = await image(stillPath, cookie)
    expect(still.status).toBe(200)
    expect(still.headers.get('cache-control')).toBe('private, no-store')
    await still.body?.cancel()
  })

  it('shows none of it without draft mode, nor in draft mode on drafts alone', async () => {
    const home = await page('/')
    expect(home.html).not.toContain(RUN)
    expect((await page(REVIEW_PATH)).status).toBe(404)
    const still = await image(stillPath)
    expect(still.status).toBe(404)
    expect(still.headers.get('cache-control') ?? '').not.toMatch(/public/)
    await still.body?.cancel()
    const draftsOnly = await page('/', await draftCookies())
    expect(draftsOnly.html).toContain('Preview mode')
    expect(draftsOnly.html).toContain('you are seeing unpublished drafts.')
    expect(draftsOnly.html).not.toContain(RUN)
    // A perspective cookie alone is not draft mode.
    const forged = await page('/', `sanity-preview-perspective=${RELEASE}%2Cdrafts`)
    expect(forged.html).not.toContain(RUN)
  })

  it('is what Presentation shows when the editor picks the release', async () => {
    const studio = await studioAs(browser, inject('userTokens').editor)
    logLakeFailures(studio)
    const search = new URLSearchParams({ preview: REVIEW_PATH, perspective: RELEASE })
    await studio.goto(onSite(`/studio/presentation?${search}`), { waitUntil: 'load' })
    const deadline = Date.now() + 90_000
    let frame: Frame | undefined
    while (Date.now() < deadline && !frame) {
      frame = studio.frames().find((candidate) => URL.parse(candidate.url())?.pathname === REVIEW_PATH)
      if (!frame) await studio.waitForTimeout(250)
    }
    if (!frame) throw new Error(`no preview frame on ${REVIEW_PATH}: ${studio.frames().map((f) => f.url())}`)
    // The heading of the release's version, which exists nowhere but in the release.
    await frame.getByRole('heading', { level: 1, name: new RegExp(RUN) }).waitFor({ timeout: 60_000 })
    // The release's still, which the lake withholds from anonymous readers, is drawn in the preview.
    const still = frame.locator(`img[src*="${stillFile}"]`).first()
    await still.waitFor({ timeout: 30_000 })
    await still.scrollIntoViewIfNeeded()
    await frame.waitForFunction(
      (file) =>
        [...document.images].some((img) => img.src.includes(file) && img.complete && img.naturalWidth > 0),
      stillFile,
      { timeout: 30_000 },
    )
    // For the screenshot only: Presentation lifts its loading veil once the preview has connected.
    await studio
      .getByTestId('presentation-root')
      .getByText('Loading.', { exact: true })
      .waitFor({ state: 'hidden', timeout: 20_000 })
      .catch(() => undefined)
    await shot(studio, 'release-presentation')
    await studio.context().close()
  }, 150_000)

  it("keeps a never-published draft's image from readers while the Studio still shows it to the editor", async () => {
    const editorToken = inject('userTokens').editor
    const assetId = await uploadFreshStill(editorToken, 1)
    const draftId = `review-draft-still-${RUN}`
    const created = await postActions(editorToken, [
      {
        actionType: 'sanity.action.document.create',
        publishedId: draftId,
        attributes: {
          _id: `drafts.${draftId}`,
          _type: 'review',
          headline: `A draft with its own still ${RUN}`,
          heroImage: { _type: 'image', asset: { _type: 'reference', _ref: assetId }, alt: 'A still' },
        },
        ifExists: 'fail',
      },
    ])
    expect(created.status).toBe(200)
    const url = `${inject('lakeUrl')}/images/local/production/${fileOf(assetId)}`
    const anonymous = await fetch(url)
    expect(anonymous.status).toBe(404)
    await anonymous.body?.cancel()
    const listed = await fetch(
      `${inject('lakeUrl')}/v2025-02-19/data/query/production?query=${encodeURIComponent('*[_type == "sanity.imageAsset"]._id')}`,
    )
    expect(JSON.stringify(await listed.json())).not.toContain(assetId)

    const studio = await studioAs(browser, editorToken)
    await openDocument(studio, 'review', draftId)
    const preview = studio.locator(`img[src*="${fileOf(assetId)}"]`).first()
    await preview.scrollIntoViewIfNeeded({ timeout: 30_000 })
    await studio.waitForFunction(
      (file) =>
        [...document.images].some((img) => img.src.includes(file) && img.complete && img.naturalWidth > 0),
      fileOf(assetId),
      { timeout: 30_000 },
    )
    await shot(studio, 'release-draft-still-in-studio')
    await studio.context().close()
    await postActions(inject('lakeToken'), [
      { actionType: 'sanity.action.document.discard', draftId: `drafts.${draftId}` },
    ])
  }, 120_000)
})
