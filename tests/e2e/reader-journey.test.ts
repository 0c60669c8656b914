// A reader in Chromium on the built site with the demo magazine: home -> review -> related story,
// share bars, structured data, Open Graph tags, keyboard access and requests that stay on this machine.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, onSite, openFully, PAGES, waitForStreamedContent } from './browser.ts'

let browser: Browser
let context: BrowserContext
let page: Page
const requested: string[] = []

beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  context.on('request', (request) => {
    requested.push(request.url())
  })
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
})

async function jsonLd(target: Page): Promise<unknown[]> {
  const scripts = await target.locator('script[type="application/ld+json"]').allTextContents()
  return scripts.map((text) => JSON.parse(text))
}

async function meta(target: Page, selector: string): Promise<string | null> {
  return target.locator(selector).first().getAttribute('content')
}

describe('home -> review -> related story', () => {
  it('goes from the home page to a review, then to a related story, with share bars on both', async () => {
    await page.goto(onSite(PAGES.home))
    const reviews = page.getByRole('region', { name: 'Latest reviews' })
    const firstReview = reviews.getByRole('article').first().getByRole('heading').getByRole('link')
    const reviewTitle = (await firstReview.textContent()) ?? ''
    await Promise.all([page.waitForURL(/\/reviews\/[^/]+$/), firstReview.click()])
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(reviewTitle)
    expect(await page.getByRole('img', { name: /out of 5 stars$/ }).count()).toBeGreaterThan(0)
    expect(await page.getByRole('group', { name: 'Share this article:' }).count()).toBe(2)

    const related = page.getByRole('region', { name: 'More like this' })
    expect(await related.getByRole('article').count()).toBeGreaterThanOrEqual(4)
    const reviewUrl = page.url()
    const relatedLink = related.getByRole('article').first().getByRole('heading').getByRole('link')
    const relatedTitle = (await relatedLink.textContent()) ?? ''
    await Promise.all([page.waitForURL((url) => url.toString() !== reviewUrl), relatedLink.click()])
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(relatedTitle)
    const shareBars = page.getByRole('group', { name: 'Share this article:' })
    expect(await shareBars.count()).toBe(2)
    expect(await shareBars.first().getByRole('link').count()).toBeGreaterThanOrEqual(6)
  })

  it('shows the review’s film facts, byline, dates and tags', async () => {
    await page.goto(onSite(PAGES.article))
    const facts = page.getByRole('complementary', { name: 'Film facts' })
    expect(await facts.getByText('Director').count()).toBe(1)
    expect(await facts.getByText(/^\d+h( \d+m)?$/).count()).toBe(1)
    expect(await page.locator('header a[href^="/authors/"]').count()).toBeGreaterThan(0)
    expect(await page.locator('header time').first().textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/)
    expect(await page.getByRole('navigation', { name: 'Tags' }).getByRole('link').count()).toBeGreaterThan(0)
  })
})

describe('metadata', () => {
  it('has JSON-LD that parses: a Review of a Movie on a review', async () => {
    await page.goto(onSite(PAGES.article))
    const [data] = await jsonLd(page)
    expect(data).toMatchObject({ '@type': 'Review', itemReviewed: { '@type': 'Movie' } })
  })

  it('has a NewsArticle on an article and a Movie on a film page', async () => {
    await page.goto(onSite(PAGES.home))
    const articleLink = page
      .getByRole('region', { name: 'News and features' })
      .getByRole('article')
      .first()
      .getByRole('heading')
      .getByRole('link')
    await Promise.all([page.waitForURL(/\/(news|features|interviews)\//), articleLink.click()])
    expect(await jsonLd(page)).toEqual([expect.objectContaining({ '@type': 'NewsArticle' })])
    await page.goto(onSite(PAGES.film))
    expect(await jsonLd(page)).toEqual([expect.objectContaining({ '@type': 'Movie', name: 'Ballerina' })])
  })

  it('has Open Graph and X card tags and a canonical URL on the site’s origin', async () => {
    await page.goto(onSite(PAGES.article))
    expect(await meta(page, 'meta[property="og:type"]')).toBe('article')
    expect(await meta(page, 'meta[property="og:title"]')).toBeTruthy()
    expect(await meta(page, 'meta[property="og:image"]')).toMatch(/^http/)
    expect(await meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image')
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(canonical).toBe(onSite(PAGES.article))
  })
})

describe('keyboard', () => {
  it('reaches the skip link first and it moves focus to the main content', async () => {
    await page.goto(onSite(PAGES.article))
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }))
    expect(focused).toEqual({ text: 'Skip to content', href: '#main' })
    expect(await page.locator('a[href="#main"]').isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
  })
})

describe('not found and listings', () => {
  it('answers 404 with a search box and section links for unknown stories and wrong sections', async () => {
    for (const path of ['/reviews/no-such-film', '/news/ballerina', '/no-such-section', '/reviews?page=99']) {
      const response = await page.goto(onSite(path))
      expect(response?.status(), path).toBe(404)
      await waitForStreamedContent(page)
      expect(await page.getByRole('searchbox').count(), path).toBeGreaterThan(0)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/couldn’t find/)
    }
  })

  it('finds the Ballerina review by searching', async () => {
    await page.goto(onSite(PAGES.home))
    await page.getByRole('searchbox', { name: 'Search Marquee' }).fill('ballerina')
    await Promise.all([page.waitForURL(/\/search\?q=ballerina/), page.keyboard.press('Enter')])
    // The URL changes as the client navigation starts; the results render a moment later.
    await expect
      .poll(async () => {
        const headlines = await page.locator('main article h2').allTextContents()
        return headlines.some((headline) => headline.startsWith('Ballerina review'))
      })
      .toBe(true)
  })
})

describe('privacy', () => {
  // Five full page loads with every image: give it room on a busy machine.
  // The lake listens on loopback only, so even images must come through the site's own origin.
  it('sends no request anywhere but the site itself', { timeout: 180_000 }, async () => {
    for (const path of Object.values(PAGES)) await openFully(page, path)
    const site = new URL(inject('siteUrl'))
    const offsite = requested.filter((url) => {
      const { protocol, host } = new URL(url)
      return protocol !== 'data:' && host !== site.host
    })
    expect(requested.some((url) => new URL(url).pathname.startsWith('/images/local/production/'))).toBe(true)
    expect(offsite).toEqual([])
  })
})
