// Live content: a reader's open article page shows a change published through the lake's API without a
// reload. `<SanityLive />` (next-sanity) connects from the browser to the site's relay of the lake's live
// events, anonymously; on a message its action expires the sync-tag cache tags and the page refreshes.
// The change is put back afterwards.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launchChromium, onSite, PAGES } from './browser.ts'
import { lakeClient } from './lake-client.ts'

const ARTICLE_ID = 'review-ballerina'
// Generous for a loaded CI machine: locally the change shows in about a second.
const VISIBLE_WITHIN_MS = 20_000
const NOT_RELOADED = 'marqueeNotReloaded'

let browser: Browser

const lake = lakeClient()

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

it('an open article page shows a published change without a reload', async () => {
  const page = await browser.newPage()
  const liveStream = page.waitForResponse((response) => response.url().includes('/data/live/events/'), {
    timeout: 30_000,
  })
  await page.goto(onSite(PAGES.article), { waitUntil: 'load' })
  const stream = await liveStream
  expect(stream.status()).toBe(200)
  // The browser reads live events from the site's origin, anonymously: no token, no lake address.
  expect(new URL(stream.url()).origin).toBe(new URL(inject('siteUrl')).origin)
  expect(stream.request().headers().authorization).toBeUndefined()
  await page.evaluate((marker) => Reflect.set(window, marker, true), NOT_RELOADED)

  const original = await lake.getDocument(ARTICLE_ID)
  const standfirst = typeof original?.standfirst === 'string' ? original.standfirst : ''
  expect(standfirst).not.toBe('')
  const changed = `Live now: ${Date.now()}`
  await lake.patch(ARTICLE_ID).set({ standfirst: changed }).commit()
  try {
    await expect
      .poll(() => page.evaluate(() => document.querySelector('main')?.textContent ?? ''), {
        timeout: VISIBLE_WITHIN_MS,
        interval: 100,
      })
      .toContain(changed)
    expect(await page.evaluate((marker) => Reflect.get(window, marker), NOT_RELOADED)).toBe(true)
  } finally {
    await lake.patch(ARTICLE_ID).set({ standfirst }).commit()
  }
  // And back again, still without a reload.
  await expect
    .poll(() => page.evaluate(() => document.querySelector('main')?.textContent ?? ''), {
      timeout: VISIBLE_WITHIN_MS,
      interval: 100,
    })
    .not.toContain(changed)
  await page.close()
})
