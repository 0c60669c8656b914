// The pages at phone, tablet and desktop widths: nothing wider than the screen, images sized before
// they load. Screenshots go to .test-results/screenshots for people to look at.
import { mkdirSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, openFully, PAGES } from './browser.ts'

const WIDTHS = [360, 768, 1280]
const SCREENSHOTS = '.test-results/screenshots'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
  mkdirSync(SCREENSHOTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
})

describe('responsive layout', () => {
  for (const width of WIDTHS) {
    it(`fits ${width} px on every kind of page`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } })
      for (const [name, path] of Object.entries(PAGES)) {
        await openFully(page, path)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0)
        // Every content image has intrinsic dimensions, so nothing shifts when it arrives.
        const unsized = await page
          .locator('main img:not([width]), main img:not([height])')
          .evaluateAll((images) => images.map((image) => image.getAttribute('src')))
        expect(unsized, `${name} at ${width}px`).toEqual([])
        await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true })
      }
      await page.close()
    })
  }
})
