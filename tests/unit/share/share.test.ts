import { describe, expect, it } from 'vitest'
import { BLUESKY_MAX_GRAPHEMES, fitPostText, shareLinks, shareUrl, trackedUrl } from '#lib/share.ts'

const url = 'https://marquee.example/reviews/ballerina'

describe('trackedUrl', () => {
  it('tags the canonical URL with the network and keeps its path', () => {
    expect(trackedUrl(url, 'reddit')).toBe(`${url}?utm_source=reddit&utm_medium=social`)
    expect(trackedUrl(url, 'email')).toBe(`${url}?utm_source=email&utm_medium=email`)
  })

  it('replaces tracking parameters already present instead of repeating them', () => {
    const tagged = trackedUrl(`${url}?utm_source=x&page=2`, 'threads')
    const params = new URL(tagged).searchParams
    expect(params.getAll('utm_source')).toEqual(['threads'])
    expect(params.get('page')).toBe('2')
  })
})

describe('fitPostText', () => {
  it('keeps a short headline whole', () => {
    expect(fitPostText('Short', url, 300)).toBe(`Short ${url}`)
  })

  it('cuts a long headline by graphemes so the URL survives within the limit', () => {
    const title = '🎬'.repeat(400)
    const text = fitPostText(title, url, BLUESKY_MAX_GRAPHEMES)
    expect(text.endsWith(` ${url}`)).toBe(true)
    const count = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length
    expect(count).toBeLessThanOrEqual(BLUESKY_MAX_GRAPHEMES)
    expect(text).toContain('…')
    // No emoji is split into a lone surrogate.
    expect(text.isWellFormed()).toBe(true)
  })
})

describe('shareUrl', () => {
  it('never lets the headline inject extra query parameters', () => {
    const href = shareUrl('reddit', { url, title: 'A&B=c#frag' })
    const params = new URL(href).searchParams
    expect(params.get('title')).toBe('A&B=c#frag')
    expect([...params.keys()]).toEqual(['url', 'title'])
  })

  it('leaves out via when the site has no X handle', () => {
    expect(new URL(shareUrl('x', { url, title: 't' })).searchParams.has('via')).toBe(false)
  })

  it('lists every network once, email last', () => {
    const links = shareLinks({ url, title: 't' })
    expect(new Set(links.map((link) => link.network)).size).toBe(links.length)
    expect(links.at(-1)?.network).toBe('email')
  })
})
