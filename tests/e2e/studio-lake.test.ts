// An editor opens the real Studio against the embedded lake: the login screen lists the lake's sign-in
// page, the lake token signs them in, and the desk lists the demo magazine's reviews.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, onSite } from './browser.ts'
import { ROOT } from './next-server.ts'

const SHOTS = join(ROOT, '.test-results/studio-lake')
let browser: Browser
let page: Page

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
})

afterAll(async () => {
  await browser?.close()
})

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) })
}

describe('the Studio on the lake', () => {
  it('shows the login screen with the lake as the provider', async () => {
    await page.goto(onSite('/studio'), { waitUntil: 'load' })
    const provider = page.getByRole('link', { name: 'Sign in to the Marquee lake' })
    await provider.waitFor({ timeout: 60_000 })
    await shot('1-login')
    expect(await page.getByText('An error occurred').count()).toBe(0)
    const href = (await provider.getAttribute('href')) ?? ''
    expect(href).toContain('/auth/login?')
    expect(new URL(href).searchParams.get('origin')).toBe(onSite('/studio'))
  })

  it('refuses a wrong token on the lake sign-in page', async () => {
    await page.getByRole('link', { name: 'Sign in to the Marquee lake' }).click()
    await page.getByLabel('Lake token').waitFor()
    await page.getByLabel('Lake token').fill('not-the-token')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toContain('not valid for this lake')
    await shot('2-wrong-token')
  })

  it('signs in with the lake token and lands in the Studio desk', async () => {
    await page.getByLabel('Lake token').fill(inject('lakeToken'))
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.toString().startsWith(onSite('/studio')), { timeout: 30_000 })
    await page.getByText('Reviews', { exact: true }).first().waitFor({ timeout: 60_000 })
    expect(new URL(page.url()).hash).not.toContain('sid=')
    const stored = await page.evaluate(() => localStorage.getItem('__studio_auth_token_local'))
    expect(stored).toContain(inject('lakeToken'))
    await shot('3-desk')
  })

  it('lists the reviews, Ballerina among them', async () => {
    await page.getByText('Reviews', { exact: true }).first().click()
    await page.waitForURL(/\/studio\/structure\/review/)
    const ballerina = page.getByRole('link', { name: /Ballerina/ }).first()
    await ballerina.waitFor({ timeout: 60_000 })
    await shot('4-reviews')
    expect(await page.getByText('An error occurred').count()).toBe(0)
  })

  it('opens a review', async () => {
    await page
      .getByRole('link', { name: /Ballerina/ })
      .first()
      .click()
    await page.waitForURL(/\/studio\/structure\/review;/)
    // The form shows the stored document: its headline field holds the review's headline.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('input')].some((input) => input.value.startsWith('Ballerina review')),
      undefined,
      { timeout: 60_000 },
    )
    await shot('5-review-open')
    expect(await page.getByText('An error occurred').count()).toBe(0)
  })
})
