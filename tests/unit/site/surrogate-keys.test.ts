// Each page's edge-cache keys are the tags its fetches carry (lib/queries/*), so the tags a publish
// revalidates (tagsForChange) reach exactly the pages showing the change.
import { describe, expect, it } from 'vitest'
import { tagsForChange } from '#lib/cache-tags.ts'
import { cacheTagHeader, surrogateKeyHeader, surrogateKeysForPath } from '#lib/edge-cache/surrogate-keys.ts'
import { purgeBatches } from '#lib/edge-cache/varnish-purge.ts'

const frame = ['doc:siteSettings', 'list:section']
const keysOf = (path: string) => {
  const result = surrogateKeysForPath(path)
  return result.kind === 'keyed' ? result.keys : result.kind
}

describe('surrogateKeysForPath', () => {
  it('keys each page type by its own tags and the site frame', () => {
    expect(keysOf('/')).toEqual([...frame, 'list:story'].sort())
    expect(keysOf('/reviews/heat')).toEqual([...frame, 'list:story', 'story:heat'].sort())
    expect(keysOf('/reviews/heat/')).toEqual(keysOf('/reviews/heat'))
    expect(keysOf('/news')).toEqual([...frame, 'list:story', 'section:news'].sort())
    expect(keysOf('/films')).toEqual([...frame, 'list:film'].sort())
    expect(keysOf('/films/heat')).toEqual([...frame, 'film:heat', 'list:story'].sort())
    expect(keysOf('/people/al-pacino')).toEqual(
      [...frame, 'list:film', 'list:story', 'person:al-pacino'].sort(),
    )
    expect(keysOf('/authors/tom')).toEqual([...frame, 'author:tom', 'list:story'].sort())
    expect(keysOf('/tags/noir')).toEqual([...frame, 'list:story', 'tag:noir'].sort())
    expect(keysOf('/search')).toEqual([...frame, 'search'].sort())
    expect(keysOf('/feed.xml')).toEqual(['doc:siteSettings', 'feed'])
    expect(keysOf('/sitemap.xml')).toEqual(['sitemap'])
    expect(keysOf('/sitemaps/sitemap/stories-0.xml')).toEqual(['sitemap'])
    expect(keysOf('/reviews/heat/opengraph-image-1x2y3z')).toEqual(['story:heat'])
  })

  it('leaves routes that are not content pages alone', () => {
    for (const path of [
      '/api/revalidate',
      '/studio',
      '/images/x/y/z.png',
      '/robots.txt',
      '/icon.svg',
      '/films/a/b',
      '/a/b/c/d',
      '/%E0%A4%A',
    ])
      expect(keysOf(path)).toBe('unknown')
  })

  it('refuses keys a header cannot carry rather than sending unpurgeable pages', () => {
    expect(keysOf('/reviews/a%2Cb')).toBe('unrepresentable')
    expect(keysOf('/reviews/a%20b')).toBe('unrepresentable')
    expect(keysOf('/reviews/am%C3%A9lie')).toBe('unrepresentable')
  })

  it('decodes slugs the way Next hands them to the page', () => {
    expect(keysOf('/films/l%27avventura')).toContain("film:l'avventura")
  })

  it('meets the publishing pipeline: a story edit purges its page, listings and the home page, not other stories', () => {
    const tags = new Set(tagsForChange({ _id: 'review-heat', _type: 'review', slugs: ['heat'], refs: [] }))
    const hit = (path: string) => {
      const keys = keysOf(path)
      return Array.isArray(keys) && keys.some((key) => tags.has(key))
    }
    expect(hit('/reviews/heat')).toBe(true)
    expect(hit('/')).toBe(true)
    expect(hit('/feed.xml')).toBe(true)
    expect(hit('/sitemap.xml')).toBe(true)
    // Related lists show other stories, so story pages carry list:story: a listed change reaches them too.
    expect(hit('/reviews/ronin')).toBe(true)
    const bodyOnly = new Set(
      tagsForChange({ _id: 'review-heat', _type: 'review', slugs: ['heat'], pageOnly: true, refs: [] }),
    )
    const keysOfRonin = keysOf('/reviews/ronin')
    expect(Array.isArray(keysOfRonin) && keysOfRonin.some((key) => bodyOnly.has(key))).toBe(false)
    const filmsIndex = keysOf('/films')
    expect(Array.isArray(filmsIndex) && filmsIndex.some((key) => bodyOnly.has(key))).toBe(false)
  })
})

describe('key headers', () => {
  it('writes Surrogate-Key space-separated and Cache-Tag comma-separated', () => {
    expect(surrogateKeyHeader(['a:1', 'b'])).toBe('a:1 b')
    expect(cacheTagHeader(['a:1', 'b'])).toBe('a:1,b')
  })

  it('splits a long purge into header-sized batches that keep every key', () => {
    const keys = Array.from({ length: 800 }, (_, i) => `story:a-rather-long-slug-number-${i}`)
    const batches = purgeBatches(keys)
    expect(batches.length).toBeGreaterThan(1)
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(4096)
    expect(batches.flatMap((batch) => batch.split(' '))).toEqual(keys)
  })
})
