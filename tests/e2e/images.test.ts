// Images reach readers through the site's own origin (app/images passes them to the lake).
import { describe, expect, inject, it } from 'vitest'

const siteUrl = (): string => inject('siteUrl')

async function firstImagePath(): Promise<string> {
  const html = await (await fetch(new URL('/reviews/ballerina', siteUrl()))).text()
  const match = html.match(/<img[^>]+src="([^"]+)"/)
  if (!match?.[1]) throw new Error('no <img> on the Ballerina review')
  return match[1].replaceAll('&amp;', '&')
}

describe('image pass-through', () => {
  it('serves article images from the site, transformed and cacheable', async () => {
    const src = new URL(await firstImagePath(), siteUrl())
    expect(src.origin).toBe(new URL(siteUrl()).origin)
    expect(src.pathname).toMatch(/^\/images\/local\/production\/[0-9a-f]{40}-\d+x\d+\.jpg$/)

    const response = await fetch(src, { headers: { accept: 'image/webp,image/*' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(response.headers.get('cache-control')).toContain('immutable')
    const etag = response.headers.get('etag')
    expect(etag).toBeTruthy()

    const again = await fetch(src, { headers: { accept: 'image/webp,image/*', 'if-none-match': etag ?? '' } })
    expect(again.status).toBe(304)
  })

  it('passes the lake’s 404 and 400 through instead of failing', async () => {
    const missing = await fetch(new URL(`/images/local/production/${'0'.repeat(40)}-10x10.jpg`, siteUrl()))
    expect(missing.status).toBe(404)
    const src = new URL(await firstImagePath(), siteUrl())
    src.searchParams.set('w', '99999')
    const oversized = await fetch(src)
    expect(oversized.status).toBe(400)
  })
})
