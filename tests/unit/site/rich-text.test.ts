import { vercelStegaCombine } from '@vercel/stega'
import { describe, expect, it } from 'vitest'
import { safeHref } from '#lib/portable-text/links.ts'
import { readingMinutes } from '#lib/portable-text/reading-time.ts'
import { parseVideoUrl } from '#lib/portable-text/video.ts'
import { searchTerms } from '#lib/queries/search.ts'

describe('safeHref', () => {
  it('allows http, https, mailto and tel', () => {
    for (const href of ['https://example.com/a', 'http://example.com', 'mailto:a@example.com', 'tel:+4420']) {
      expect(safeHref(href)).toBe(href)
    }
  })

  it('refuses every other scheme, relative links, control characters and non-strings', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '/relative',
      '',
      42,
      undefined,
    ]) {
      expect(safeHref(href)).toBeUndefined()
    }
  })
})

describe('parseVideoUrl', () => {
  it('understands YouTube and Vimeo URLs and plays them from privacy-friendly hosts', () => {
    expect(parseVideoUrl('https://youtu.be/dQw4w9WgXcQ')?.embedUrl).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    )
    expect(parseVideoUrl('https://www.youtube.com/embed/dQw4w9WgXcQ')?.id).toBe('dQw4w9WgXcQ')
    expect(parseVideoUrl('https://vimeo.com/76979871')).toMatchObject({ provider: 'vimeo', id: '76979871' })
  })

  it('refuses other hosts and malformed ids', () => {
    expect(parseVideoUrl('https://example.com/watch?v=dQw4w9WgXcQ')).toBeUndefined()
    expect(parseVideoUrl('https://www.youtube.com/watch?v=<script>')).toBeUndefined()
    expect(parseVideoUrl('not a url')).toBeUndefined()
  })
})

describe('readingMinutes', () => {
  it('counts the words of text blocks, at least one minute', () => {
    const words = Array.from({ length: 460 }, () => 'word').join(' ')
    expect(readingMinutes([{ _type: 'block', children: [{ _type: 'span', text: words }] }])).toBe(2)
    expect(readingMinutes([])).toBe(1)
  })

  it('does not count the invisible stega characters of draft mode as words', () => {
    const edit = { origin: 'sanity.io', href: '/studio/intent/edit/id=review-x;type=review;path=body' }
    const words = Array.from({ length: 460 }, () => vercelStegaCombine('word', edit)).join(' ')
    expect(readingMinutes([{ _type: 'block', children: [{ _type: 'span', text: words }] }])).toBe(2)
  })
})

describe('searchTerms', () => {
  it('turns what a reader typed into prefix patterns, without punctuation or repeats', () => {
    expect(searchTerms('  Mission: Impossible — mission! ')).toEqual(['mission*', 'impossible*'])
    expect(searchTerms('"*"')).toEqual([])
  })
})
