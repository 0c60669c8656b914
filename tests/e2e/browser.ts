// Chromium for the browser tests: Debian's /usr/bin/chromium, headless, with every background
// service that would phone home switched off (the tests assert no request leaves localhost).
import { type Browser, chromium, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { CHROMIUM_PATH, QUIET_CHROMIUM_FLAGS } from './chromium-flags.ts'

export const CHROMIUM_ARGS = ['--headless', ...QUIET_CHROMIUM_FLAGS]

export function launchChromium(): Promise<Browser> {
  // HOME decides which NSS store Chromium reads: global-setup made one that trusts the lake's CA.
  const env = { ...process.env, HOME: inject('browserHome') }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, env })
}

/** An absolute URL on the site under test. */
export function onSite(path: string): string {
  return new URL(path, inject('siteUrl')).toString()
}

/** The pages every check visits: one of each kind, taken from the demo magazine. */
export const PAGES = {
  home: '/',
  article: '/reviews/ballerina',
  listing: '/reviews',
  film: '/films/ballerina',
  search: '/search?q=ballerina',
} as const

/**
 * Opens a page and lets every image arrive, lazy ones included (it scrolls to the end first).
 * Waiting for images, not for "network idle", keeps Next's link prefetching from stretching the wait.
 */
export async function openFully(page: Page, path: string): Promise<void> {
  await page.goto(onSite(path), { waitUntil: 'load' })
  // Streamed Suspense content can still wait in a hidden segment (React reveals in batches) after `load`:
  // scroll only once the page is whole, or "the end" is the end of the shell.
  await waitForStreamedContent(page)
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.waitForFunction(() => [...document.images].every((image) => image.complete), undefined, {
    timeout: 60_000,
  })
}

/**
 * Waits until React has revealed every Suspense segment streamed after the shell. A page rendered on demand can
 * send part of itself that way (a 404's body when the lookup finished after the shell was sent), and React
 * reveals such segments in batches, possibly after `load`.
 */
export async function waitForStreamedContent(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('div[hidden][id^="S:"]') === null, undefined, {
    timeout: 30_000,
  })
}
