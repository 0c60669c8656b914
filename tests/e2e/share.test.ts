// Sharing on the built site with the demo magazine, in real Chromium: both share bars, every network
// link carrying the canonical URL with utm tags, copy link, the generated share image, feed and sitemap.
import { mkdirSync, writeFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { SHARE_NETWORKS } from '#lib/share.ts'
import { launchChromium, onSite } from './browser.ts'

const siteUrl = () => inject('siteUrl')

let browser: Browser
let context: BrowserContext
let page: Page
let storyPath: string
let html: string

/** A review from the feed: it has a rating, so the share image shows stars. */
async function findReviewPath(): Promise<string> {
  const feed = await (await fetch(onSite('/feed.xml'))).text()
  const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => new URL(match[1] ?? '').pathname)
  const review = links.find((path) => path.startsWith('/reviews/'))
  if (!review) throw new Error('the demo feed has no review')
  return review
}

/** Parses XML in the browser, the way a feed reader would; throws when it is not well-formed. */
async function parseInBrowser(xml: string, tag: string): Promise<string[]> {
  return page.evaluate(
    ({ xml, tag }) => {
      const document = new DOMParser().parseFromString(xml, 'application/xml')
      const error = document.getElementsByTagName('parsererror')[0]
      if (error) throw new Error(`not well-formed: ${error.textContent}`)
      return [...document.getElementsByTagName(tag)].map((node) => node.textContent ?? '')
    },
    { xml, tag },
  )
}

beforeAll(async () => {
  storyPath = await findReviewPath()
  html = await (await fetch(onSite(storyPath))).text()
  browser = await launchChromium()
  context = await browser.newContext()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl()).origin })
  page = await context.newPage()
  await page.goto(onSite(storyPath))
})

afterAll(async () => {
  await browser?.close()
})

describe('share bars on an article page', () => {
  it('renders two share bars, each with every network as a plain link', async () => {
    const bars = page.locator('[role="group"]:has(a[aria-label^="Share on X"])')
    expect(await bars.count()).toBe(2)
    for (const bar of await bars.all()) {
      expect(await bar.locator('a[href]').count()).toBe(SHARE_NETWORKS.length)
      expect(await bar.getByRole('button', { name: 'Copy link' }).count()).toBe(1)
    }
    // Server-rendered: the links are in the HTML before any script runs.
    expect(html).toContain('href="https://x.com/intent/tweet?')
    expect(html).toContain('href="https://bsky.app/intent/compose?')
  })

  it('shares the canonical URL tagged with each network', async () => {
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(canonical).toBeTruthy()
    expect(new URL(canonical ?? '').pathname).toBe(storyPath)
    const bar = page.locator('[role="group"]:has(a[aria-label^="Share on X"])').first()
    for (const network of SHARE_NETWORKS) {
      const link = bar.locator(`a[data-network="${network}"]`)
      const href = (await link.getAttribute('href')) ?? ''
      const medium = network === 'email' ? 'email' : 'social'
      expect(decodeURIComponent(href), network).toContain(
        `${canonical}?utm_source=${network}&utm_medium=${medium}`,
      )
      const name = (await link.getAttribute('aria-label')) ?? ''
      if (network === 'email') expect(name).toBe('Share by email')
      else {
        expect(name).toMatch(/^Share on .+ \(opens in a new window\)$/)
        expect(await link.getAttribute('target')).toBe('_blank')
        expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
      }
    }
  })

  it('copies the canonical URL and says so', async () => {
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    const bar = page.locator('[role="group"]:has(a[aria-label^="Share on X"])').first()
    await bar.getByRole('button', { name: 'Copy link' }).click()
    await bar.getByRole('status').filter({ hasText: 'Link copied' }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical)
  })

  it('describes the review as JSON-LD that parses', async () => {
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
    const types = scripts.flatMap((text) => {
      const data: unknown = JSON.parse(text)
      return Array.isArray(data) ? data : [data]
    })
    expect(JSON.stringify(types)).toContain('"@type":"Review"')
  })
})

describe('share image', () => {
  it('serves og:image as a 1200x630 PNG', async () => {
    const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute('content')
    expect(ogImage).toBeTruthy()
    const url = new URL(ogImage ?? '')
    expect(url.pathname.startsWith(`${storyPath}/opengraph-image`)).toBe(true)
    expect(await page.locator('meta[name="twitter:image"]').first().getAttribute('content')).toBe(ogImage)
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
      'summary_large_image',
    )
    const response = await fetch(onSite(url.pathname + url.search))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    const png = Buffer.from(await response.arrayBuffer())
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(png.readUInt32BE(16)).toBe(1200)
    expect(png.readUInt32BE(20)).toBe(630)
    mkdirSync('.test-results', { recursive: true })
    writeFileSync('.test-results/share-image.png', png)
  })
})

describe('feed and sitemap', () => {
  it('serves /feed.xml as well-formed RSS listing the stories', async () => {
    const response = await fetch(onSite('/feed.xml'))
    expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/)
    const xml = await response.text()
    const titles = await parseInBrowser(xml, 'title')
    const links = (await parseInBrowser(xml, 'link')).map((link) => new URL(link).pathname)
    expect(titles.length).toBeGreaterThan(5)
    expect(links).toContain(storyPath)
  })

  it('serves /sitemap.xml as a well-formed sitemap index whose files list the stories', async () => {
    const index = await (await fetch(onSite('/sitemap.xml'))).text()
    expect(index).toContain('<sitemapindex')
    const files = (await parseInBrowser(index, 'loc')).map((loc) => new URL(loc).pathname)
    expect(files).toContain('/sitemaps/sitemap/pages-0.xml')
    expect(files.every((path) => /^\/sitemaps\/sitemap\/(pages|stories)-\d+\.xml$/.test(path))).toBe(true)
    const locations: string[] = []
    for (const file of files) {
      const xml = await (await fetch(onSite(file))).text()
      locations.push(...(await parseInBrowser(xml, 'loc')).map((loc) => new URL(loc).pathname))
    }
    expect(locations).toContain(storyPath)
    expect(locations).toContain('/')
    expect(locations.some((path) => path.startsWith('/films/'))).toBe(true)
  })

  it('serves robots.txt pointing at the sitemap', async () => {
    const robots = await (await fetch(onSite('/robots.txt'))).text()
    expect(robots).toMatch(/Disallow: \/studio/)
    expect(robots).toMatch(/Disallow: \/api/)
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
  })
})
