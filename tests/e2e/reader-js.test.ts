// The reader pages' JavaScript stays out of the way of a first view (issue 12): links prefetch only on a
// reader's intent, not on sight; live updates connect only after the page has loaded; the draft-mode
// editing overlays are not in a reader's page; navigation by link still happens in place.
import type { Browser, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { launchChromium, onSite, PAGES } from './browser.ts'

/** Long enough for viewport prefetches to have started, had the links still made them. */
const QUIET_MS = 3000
const NOT_RELOADED = 'marqueeNotReloaded'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

function isRouterRequest(request: Request): boolean {
  return new URL(request.url()).searchParams.has('_rsc') || request.headers().rsc === '1'
}

async function phonePage(): Promise<Page> {
  return browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
}

it('an article page prefetches no linked page on load, and connects live updates only after load', async () => {
  const page = await phonePage()
  const routerRequests: string[] = []
  const scripts: Array<Promise<string>> = []
  let liveAt: number | undefined
  page.on('request', (request) => {
    if (isRouterRequest(request)) routerRequests.push(request.url())
    if (request.resourceType() === 'script') scripts.push(request.response().then((r) => r?.text() ?? ''))
    if (request.url().includes('/data/live/events/')) liveAt ??= Date.now()
  })
  const liveStream = page.waitForResponse((response) => response.url().includes('/data/live/events/'), {
    timeout: 30_000,
  })
  await page.goto(onSite(PAGES.article), { waitUntil: 'load' })
  const loadedAt = Date.now()
  await page.waitForTimeout(QUIET_MS)
  expect(routerRequests).toEqual([])
  expect(scripts.length).toBeGreaterThan(0)
  expect((await liveStream).status()).toBe(200)
  expect(liveAt).toBeGreaterThan(loadedAt)
  // Draft mode is off: none of the page's scripts is <VisualEditing />'s (it defines this element).
  const sources = await Promise.all(scripts)
  expect(sources.some((source) => source.includes('sanity-visual-editing'))).toBe(false)
  await page.close()
})

it('a header link prefetches on hover and navigates in place', async () => {
  const page = await browser.newPage()
  await page.goto(onSite(PAGES.article), { waitUntil: 'load' })
  await page.evaluate((marker) => Reflect.set(window, marker, true), NOT_RELOADED)
  const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link').first()
  const href = await nav.getAttribute('href')
  expect(href).toMatch(/^\//)
  const prefetch = page.waitForRequest(
    (request) => isRouterRequest(request) && new URL(request.url()).pathname === href,
    { timeout: 10_000 },
  )
  await nav.hover()
  await prefetch
  await nav.click()
  await page.waitForURL((url) => url.pathname === href)
  await expect.poll(() => page.evaluate((marker) => Reflect.get(window, marker), NOT_RELOADED)).toBe(true)
  await page.close()
})
