// Loading on a slow phone connection: nothing moves while the web fonts and the lead image arrive (cumulative
// layout shift measured with a PerformanceObserver in Chromium, the network throttled through CDP so fonts land
// well after first paint), and both are requested early: preloaded from the head, before any stylesheet has arrived
// (or, with the CSS inlined, before the document is parsed).
import { mkdirSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, onSite, PAGES } from './browser.ts'

/** Lighthouse's mobile preset: a Moto G Power on slow 4G. */
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
}
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: 96_000,
}
const FONT_BUDGET_BYTES = 80 * 1024
const SCREENSHOTS = '.test-results/screenshots'

interface LoadReport {
  cls: number
  shifts: string[]
  fontsPreloaded: number
  /** When the first stylesheet finished arriving (ms since navigation), or the document was parsed without one. */
  earlyMark: number
  fonts: Array<{ name: string; start: number; bytes: number; initiator: string }>
  heroImage: { start: number; fetchPriority: string | null; initiator: string } | null
}

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
  mkdirSync(SCREENSHOTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
})

/** Every layout shift from navigation on, kept on window by a script that runs before the page's own. */
function observeShifts(): void {
  const shifts: Array<{ value: number; sources: string[] }> = []
  Object.assign(window, { __layoutShifts: shifts })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const value = 'value' in entry && typeof entry.value === 'number' ? entry.value : 0
      const recentInput = 'hadRecentInput' in entry && entry.hadRecentInput === true
      const sources =
        'sources' in entry && Array.isArray(entry.sources)
          ? entry.sources.map((source: { node?: Node | null }) => source.node?.nodeName ?? '?')
          : []
      if (!recentInput) shifts.push({ value, sources })
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

async function loadThrottled(page: Page, path: string): Promise<LoadReport> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
  await page.addInitScript(observeShifts)
  await page.goto(onSite(path), { waitUntil: 'load', timeout: 90_000 })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForFunction(() =>
    [...document.images].every((image) => image.complete || image.loading === 'lazy'),
  )
  // Layout shifts are reported a frame after they happen.
  await page.waitForTimeout(500)
  return page.evaluate(() => {
    const recorded: unknown = Reflect.get(window, '__layoutShifts')
    const shifts: Array<{ value: number; sources: unknown }> = (
      Array.isArray(recorded) ? recorded : []
    ).filter(
      (shift: unknown): shift is { value: number; sources: unknown } =>
        typeof shift === 'object' && shift !== null && 'value' in shift && typeof shift.value === 'number',
    )
    const resources = performance
      .getEntriesByType('resource')
      .filter((entry) => entry instanceof PerformanceResourceTiming)
    const stylesheetEnds = resources
      .filter((entry) => entry.initiatorType === 'link' && entry.name.endsWith('.css'))
      .map((entry) => entry.responseEnd)
    const hero = document.querySelector<HTMLImageElement>('main img[fetchpriority="high"]')
    const heroEntry = hero ? resources.find((entry) => entry.name === hero.currentSrc) : undefined
    const navigation = performance.getEntriesByType('navigation')[0]
    const parsed = navigation instanceof PerformanceNavigationTiming ? navigation.domInteractive : Number.NaN
    return {
      cls: shifts.reduce((sum, shift) => sum + shift.value, 0),
      shifts: shifts.map((shift) => `${shift.value.toFixed(4)} ${String(shift.sources)}`),
      fontsPreloaded: document.querySelectorAll('link[rel="preload"][as="font"]').length,
      earlyMark: stylesheetEnds.length > 0 ? Math.min(...stylesheetEnds) : parsed,
      fonts: resources
        .filter((entry) => /\.woff2$/.test(entry.name))
        .map((entry) => ({
          name: entry.name,
          start: entry.startTime,
          bytes: entry.transferSize,
          initiator: entry.initiatorType,
        })),
      heroImage:
        hero && heroEntry
          ? {
              start: heroEntry.startTime,
              fetchPriority: hero.getAttribute('fetchpriority'),
              initiator: heroEntry.initiatorType,
            }
          : null,
    }
  })
}

describe('loading on a slow phone connection', () => {
  for (const name of ['article', 'home'] as const) {
    it(`${name}: nothing shifts while fonts and the lead image load, and both are requested early`, async () => {
      const context = await browser.newContext(PHONE)
      const page = await context.newPage()
      try {
        const report = await loadThrottled(page, PAGES[name])
        // For people to compare with the design: the first screen once everything has arrived.
        await page.screenshot({ path: `${SCREENSHOTS}/phone-loaded-${name}.png` })
        expect(report.cls, `layout shifts: ${report.shifts.join('; ')}`).toBeLessThanOrEqual(0.01)

        // Fonts: the core files come from <link rel=preload> (initiator "link", not "css") and start before the
        // stylesheet is in, so they do not wait for the CSS to be parsed; the page's fonts stay within the budget.
        expect(report.fontsPreloaded).toBeGreaterThanOrEqual(1)
        const preloaded = report.fonts.filter((font) => font.initiator === 'link')
        expect(preloaded.length, JSON.stringify(report.fonts)).toBeGreaterThanOrEqual(1)
        for (const font of preloaded) expect(font.start, font.name).toBeLessThan(report.earlyMark)
        const fontBytes = report.fonts.reduce((sum, font) => sum + font.bytes, 0)
        expect(
          fontBytes,
          report.fonts.map((font) => `${font.name} ${font.bytes}`).join('\n'),
        ).toBeLessThanOrEqual(FONT_BUDGET_BYTES)

        // The lead image: high priority, fetched through its preload (same srcset, so the same URL) before the
        // stylesheet is in.
        expect(report.heroImage).not.toBeNull()
        expect(report.heroImage?.fetchPriority).toBe('high')
        expect(report.heroImage?.initiator).toBe('link')
        expect(report.heroImage?.start ?? Number.POSITIVE_INFINITY).toBeLessThan(report.earlyMark)
      } finally {
        await context.close()
      }
    }, 180_000)
  }

  // React sends a Suspense boundary's content larger than its chunk size as a separate segment at the end of the
  // document and reveals it after a delay: a story grid wrapped that way left the footer on the first screen,
  // then pushed it down (CLS 0.48 on the section page in Lighthouse; the throttled load below did not catch it,
  // as the reveal landed before the first paint here). Every page sends its content in place; a page rendered on
  // demand may still stream its metadata (title, meta tags) that way, which shows nothing.
  it('sends every page type whole, with no content held back in a later segment', async () => {
    for (const [name, path] of Object.entries(PAGES)) {
      const html = await (await fetch(onSite(path))).text()
      const segments = [...html.matchAll(/<div hidden id="S:\d+">([\s\S]*?)<\/div><script>/g)]
      const withContent = segments
        .map((segment) => segment[1] ?? '')
        .filter((segment) => /<(p|li|ul|img|h[1-6]|article|section|main|footer)\b/.test(segment))
      expect(
        withContent.map((segment) => segment.slice(0, 120)),
        name,
      ).toEqual([])
    }
  })

  // A face the first screen did not preload arrives after the first paint, and the browser then lays out every
  // line set in that family again (81 ms of main thread on the home page in an unthrottled trace, when its
  // visually hidden h1 pulled in the bold text face). Pages without italic or bold text in their first screen
  // download only the preloaded core files; the article legitimately adds its italic faces (the verdict).
  it('home, listing, film and search pages download only the preloaded fonts', async () => {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    try {
      for (const name of ['home', 'listing', 'film', 'search'] as const) {
        await page.goto(onSite(PAGES[name]), { waitUntil: 'load' })
        const fonts = await page.evaluate(async () => {
          await document.fonts.ready
          return performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.endsWith('.woff2'))
            .map((entry) => ({
              file: entry.name.split('/').pop() ?? '',
              initiator: 'initiatorType' in entry ? String(entry.initiatorType) : '',
            }))
        })
        expect(fonts.length, name).toBeGreaterThanOrEqual(1)
        expect(
          fonts.filter((font) => font.initiator !== 'link'),
          name,
        ).toEqual([])
      }
    } finally {
      await context.close()
    }
  }, 120_000)

  for (const name of ['listing', 'film', 'search'] as const) {
    it(`${name}: nothing shifts while the page loads`, async () => {
      const context = await browser.newContext(PHONE)
      const page = await context.newPage()
      try {
        const report = await loadThrottled(page, PAGES[name])
        expect(report.cls, `layout shifts: ${report.shifts.join('; ')}`).toBeLessThanOrEqual(0.01)
      } finally {
        await context.close()
      }
    }, 180_000)
  }
})
