// The built site serves the real Studio at /studio: a static shell whose scripts boot the Studio in the
// browser, under the bare root layout (no site chrome) and without scripts from Sanity's CDN.
import { describe, expect, inject, it } from 'vitest'

function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] ?? '')
}

async function getHtml(path: string): Promise<{ status: number; type: string; html: string }> {
  const response = await fetch(new URL(path, inject('siteUrl')))
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    html: await response.text(),
  }
}

describe('/studio', () => {
  it('serves the Studio shell', async () => {
    const { status, type, html } = await getHtml('/studio')
    expect(status).toBe(200)
    expect(type).toMatch(/^text\/html/)
    expect(html).toMatch(/<div id="sanity" data-ui="NextStudioLayout"/)
    expect(html).toContain('<meta name="robots" content="noindex"/>')
    expect(html).toContain('<meta name="referrer" content="same-origin"/>')
  })

  it('renders under the bare root layout, without site chrome', async () => {
    const { html } = await getHtml('/studio')
    const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? ''
    expect(body).toContain('id="sanity"')
    expect(body).not.toMatch(/<header|<footer|<nav/)
  })

  it('serves deep Studio links with the same shell (the Studio routes in the browser)', async () => {
    const { status, html } = await getHtml('/studio/structure/review')
    expect(status).toBe(200)
    expect(html).toMatch(/<div id="sanity" data-ui="NextStudioLayout"/)
  })

  it('ships the Studio config in its scripts and loads nothing from a CDN', async () => {
    const { html } = await getHtml('/studio')
    const sources = scriptSources(html)
    expect(sources.length).toBeGreaterThan(0)
    expect(sources.every((source) => source.startsWith('/'))).toBe(true)
    const scripts = await Promise.all(
      sources.map(async (source) => {
        const response = await fetch(new URL(source, inject('siteUrl')))
        expect(response.status, source).toBe(200)
        return response.text()
      }),
    )
    const bundle = scripts.join('\n')
    // The desk structure and the schema travel in the page's own chunks.
    expect(bundle).toContain('News & features')
    expect(bundle).toContain('Pinned related stories')
    // next-sanity's server NextStudio would add Sanity's bridge script; the client component does not.
    expect(html + bundle).not.toContain('core.sanity-cdn.com/bridge.js')
  })
})
