// Chromium for the browser tests: Debian's /usr/bin/chromium, headless, with every background
// service that would phone home switched off (the tests assert no request leaves localhost).
import { type Browser, chromium } from 'playwright-core'
import { inject } from 'vitest'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
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
