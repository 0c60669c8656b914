// One Lighthouse run (mobile preset: the default config, simulated slow 4G and 4x CPU) against Debian's
// Chromium, and the numbers the site bench reports from it. Nothing is downloaded at run time.
//
// Lighthouse simulates FCP and LCP from the page load it observed (unthrottled), counting every request and
// task that happened before the observed paint. So the observed first paint is reported too: when it comes
// late, the simulated LCP carries everything before it. With chrome-launcher's flags (which disable Chrome's
// RenderDocument feature) the first paint of a page whose first frame is not ready within ~0.2 s of the
// navigation is held to the next whole second: viz throttles BeginFrames to 1 per second for a frame sink with
// undrawn frames (trace reason `ThrottleUndrawnFrames`), and the frame sink kept from about:blank has some.
// Chrome as people run it (and DevTools' Lighthouse) has RenderDocument on: `--render-document` measures that way.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { z } from 'zod'
import { CHROMIUM_PATH, QUIET_CHROMIUM_FLAGS } from '#tests/e2e/chromium-flags.ts'

export interface PageRun {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  fcpMs: number
  /** The first paint Lighthouse saw in its unthrottled load, which its simulation starts from. */
  observedFcpMs: number
  tbtMs: number
  cls: number
  /** Bytes over the wire for the whole page. */
  weight: number
  /** Bytes over the wire of scripts (gzip or brotli as served). */
  scriptBytes: number
  fontBytes: number
  scripts: number
  /** What Lighthouse estimates transpiled or polyfilled code for features modern browsers have costs. */
  legacyJsBytes: number
  lcpElement: string
}

const CHROME_FLAGS = ['--headless=new', ...QUIET_CHROMIUM_FLAGS]
const RENDER_DOCUMENT_OFF = /^--disable-features=/

const requestsSchema = z.object({
  items: z.array(z.object({ resourceType: z.string().optional(), transferSize: z.number().optional() })),
})
/** Lighthouse 13's LCP breakdown: a list whose node item is the LCP element. */
const lcpBreakdownSchema = z.object({
  items: z.array(z.object({ type: z.string().optional(), snippet: z.string().optional() })),
})
const observedMetricsSchema = z.object({
  items: z.array(z.object({ observedFirstContentfulPaint: z.number().optional() })),
})
const wastedBytesSchema = z.object({ items: z.array(z.object({ wastedBytes: z.number().optional() })) })

export interface LighthouseBrowser {
  port: number
  close(): Promise<void>
}

/**
 * Chromium with chrome-launcher's default flags, as the Lighthouse CLI runs it; with `renderDocument`, the same
 * flags less the `--disable-features` list, whose last entry turns RenderDocument off.
 */
export async function launchBrowser({ renderDocument = false } = {}): Promise<LighthouseBrowser> {
  const defaults = chromeLauncher.Launcher.defaultFlags()
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: renderDocument
      ? [...defaults.filter((flag) => !RENDER_DOCUMENT_OFF.test(flag)), ...CHROME_FLAGS]
      : CHROME_FLAGS,
    ignoreDefaultFlags: renderDocument,
  })
  return { port: chrome.port, close: async () => chrome.kill() }
}

function score(value: number | null | undefined): number {
  return Math.round((value ?? 0) * 100)
}

export async function runLighthouse(browser: LighthouseBrowser, url: string): Promise<PageRun> {
  const result = await lighthouse(url, {
    port: browser.port,
    output: 'json',
    logLevel: 'error',
    // The 404 page is one of the page types measured.
    ignoreStatusCode: true,
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`)
  const numeric = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN
  const requests = requestsSchema.safeParse(lhr.audits['network-requests']?.details)
  const items = requests.success ? requests.data.items : []
  const bytesOf = (type: string) =>
    items
      .filter((item) => item.resourceType === type)
      .reduce((sum, item) => sum + (item.transferSize ?? 0), 0)
  const lcp = lcpBreakdownSchema.safeParse(lhr.audits['lcp-breakdown-insight']?.details)
  const snippet = lcp.success ? (lcp.data.items.find((item) => item.type === 'node')?.snippet ?? '') : ''
  const observed = observedMetricsSchema.safeParse(lhr.audits.metrics?.details)
  const legacy = wastedBytesSchema.safeParse(lhr.audits['legacy-javascript-insight']?.details)
  const legacyJsBytes = legacy.success
    ? legacy.data.items.reduce((sum, item) => sum + (item.wastedBytes ?? 0), 0)
    : 0
  return {
    performance: score(lhr.categories.performance?.score),
    accessibility: score(lhr.categories.accessibility?.score),
    bestPractices: score(lhr.categories['best-practices']?.score),
    seo: score(lhr.categories.seo?.score),
    lcpMs: numeric('largest-contentful-paint'),
    fcpMs: numeric('first-contentful-paint'),
    observedFcpMs:
      (observed.success ? observed.data.items[0]?.observedFirstContentfulPaint : undefined) ?? Number.NaN,
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    weight: numeric('total-byte-weight'),
    scriptBytes: bytesOf('Script'),
    fontBytes: bytesOf('Font'),
    scripts: items.filter((item) => item.resourceType === 'Script').length,
    legacyJsBytes,
    lcpElement: snippet.slice(0, 80),
  }
}
