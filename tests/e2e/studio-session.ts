// Opening the real Studio as one of the lake's users, and the requests the Studio makes to the lake.
import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { inject } from 'vitest'
import { onSite } from './browser.ts'
import { ROOT } from './next-server.ts'

export const STUDIO_SHOTS = join(ROOT, '.test-results/studio-editing')

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(STUDIO_SHOTS, { recursive: true })
  await page.screenshot({ path: join(STUDIO_SHOTS, `${name}.png`) })
}

/** A browser context already signed in with `token`, as the sign-in page leaves it (the token in localStorage). */
export async function studioAs(browser: Browser, token: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  await context.addInitScript((value) => {
    localStorage.setItem('__studio_auth_token_local', JSON.stringify({ token: value }))
  }, token)
  const page = await context.newPage()
  logLakeFailures(page)
  return page
}

/** Failed lake requests go to a log beside the screenshots: what to read first when a flow stalls. */
export function logLakeFailures(page: Page): void {
  mkdirSync(STUDIO_SHOTS, { recursive: true })
  page.on('response', (response) => {
    if (response.status() < 400 || !response.url().includes('localhost')) return
    const line = `${response.status()} ${response.request().method()} ${response.url()} ${response.request().postData() ?? ''}`
    appendFileSync(join(STUDIO_SHOTS, 'lake-failures.log'), `${line.slice(0, 2000)}\n`)
  })
}

/** Opens a document in the desk and waits until its form shows the headline input. */
export async function openDocument(page: Page, type: string, id: string): Promise<void> {
  await page.goto(onSite(`/studio/structure/${type};${id}`), { waitUntil: 'load' })
  await page.getByTestId('field-headline').locator('input').waitFor({ timeout: 60_000 })
}

/** A write straight to the lake's Actions API with a user's token, as any HTTP client could send it. */
export async function postActions(
  token: string,
  actions: unknown[],
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${inject('lakeUrl')}/v2025-02-19/data/actions/production`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ actions }),
  })
  return { status: response.status, body: await response.json() }
}

/** Reads a document from the lake with the root token. */
export async function lakeDocument(id: string): Promise<Record<string, unknown> | undefined> {
  const query = encodeURIComponent('*[_id == $id][0]')
  const response = await fetch(
    `${inject('lakeUrl')}/v2025-02-19/data/query/production?query=${query}&$id=${encodeURIComponent(JSON.stringify(id))}&perspective=raw`,
    { headers: { authorization: `Bearer ${inject('lakeToken')}` } },
  )
  const body: unknown = await response.json()
  if (typeof body !== 'object' || body === null || !('result' in body)) return undefined
  const result = body.result
  return typeof result === 'object' && result !== null
    ? Object.fromEntries(Object.entries(result))
    : undefined
}
