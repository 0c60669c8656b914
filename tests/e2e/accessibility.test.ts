// axe-core in Chromium on one page of each kind: no violations.
import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, onSite, PAGES } from './browser.ts'

let browser: Browser
let page: Page

interface Violation {
  id: string
  help: string
  nodes: string[]
}

beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
})

afterAll(async () => {
  await browser?.close()
})

async function violations(path: string, colorScheme: 'light' | 'dark'): Promise<Violation[]> {
  await page.emulateMedia({ colorScheme })
  await page.goto(onSite(path), { waitUntil: 'load' })
  await page.addScriptTag({ content: axe.source })
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }))
  })
}

declare global {
  interface Window {
    axe: typeof axe
  }
}

describe('axe', () => {
  for (const [name, path] of Object.entries({ ...PAGES, notFound: '/reviews/no-such-film' })) {
    it(`finds no violations on the ${name} page, light and dark`, async () => {
      expect(await violations(path, 'light')).toEqual([])
      expect(await violations(path, 'dark')).toEqual([])
    })
  }
})
