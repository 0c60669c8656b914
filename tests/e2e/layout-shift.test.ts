// Loading on a slow phone connection: nothing moves while the web fonts and the lead image arrive (cumulative
// layout shift measured with a PerformanceObserver in Chromium, the network throttled through CDP so fonts land
// well after first paint), and both are requested early: preloaded from the head, before the stylesheet is in.
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

interface LoadReport {
  cls: number
  shifts: string[]
  fontsPreloaded: number
  /** When the first stylesheet finished arriving, ms since navigation. */
  firstStylesheetEnd: number
  fonts: Array<{ name: string; start: number; bytes: number }>
  heroImage: { start: number; fetchPriority: string | null; preloaded: boolean } | null
}

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
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
    const shifts = Array.isArray(recorded) ? recorded : []
    const resources = performance
      .getEntriesByType('resource')
      .filter((entry) => entry instanceof PerformanceResourceTiming)
    const stylesheetEnds = resources
      .filter((entry) => entry.initiatorType === 'link' && entry.name.endsWith('.css'))
      .map((entry) => entry.responseEnd)
    const hero = document.querySelector<HTMLImageElement>('main img[fetchpriority="high"]')
    const heroEntry = hero ? resources.find((entry) => entry.name === hero.currentSrc) : undefined
    const heroPreload = hero
      ? [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="image"]')].some(
          (link) => link.getAttribute('imagesrcset') === hero.getAttribute('srcset'),
        )
      : false
    return {
      cls: shifts.reduce((sum: number, shift: { value: number }) => sum + shift.value, 0),
      shifts: shifts.map(
        (shift: { value: number; sources: string[] }) => `${shift.value.toFixed(4)} ${shift.sources}`,
      ),
      fontsPreloaded: document.querySelectorAll('link[rel="preload"][as="font"]').length,
      firstStylesheetEnd: Math.min(...stylesheetEnds),
      fonts: resources
        .filter((entry) => /\.woff2$/.test(entry.name))
        .map((entry) => ({ name: entry.name, start: entry.startTime, bytes: entry.transferSize })),
      heroImage:
        hero && heroEntry
          ? {
              start: heroEntry.startTime,
              fetchPriority: hero.getAttribute('fetchpriority'),
              preloaded: heroPreload,
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
        expect(report.cls, `layout shifts: ${report.shifts.join('; ')}`).toBeLessThanOrEqual(0.01)

        // Fonts: the preloaded core files start before any stylesheet has arrived (they do not wait for the CSS
        // to be parsed), and the page's fonts stay within the budget.
        expect(report.fontsPreloaded).toBeGreaterThanOrEqual(1)
        expect(report.fonts.length).toBeGreaterThan(0)
        const firstFont = Math.min(...report.fonts.map((font) => font.start))
        expect(firstFont).toBeLessThan(report.firstStylesheetEnd)
        const fontBytes = report.fonts.reduce((sum, font) => sum + font.bytes, 0)
        expect(fontBytes).toBeLessThanOrEqual(FONT_BUDGET_BYTES)

        // The lead image: high priority, preloaded with the same srcset, fetched before the stylesheet is in.
        expect(report.heroImage).not.toBeNull()
        expect(report.heroImage?.fetchPriority).toBe('high')
        expect(report.heroImage?.preloaded).toBe(true)
        expect(report.heroImage?.start ?? Number.POSITIVE_INFINITY).toBeLessThan(report.firstStylesheetEnd)
      } finally {
        await context.close()
      }
    }, 180_000)
  }
})
