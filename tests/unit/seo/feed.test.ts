// @vitest-environment jsdom
// (for DOMParser: the feed is parsed back as XML by a real parser)
import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { buildRssFeed, escapeXml, type FeedStory, feedQuery, rfc822 } from '#lib/feed.ts'
import { site } from './seo-fixtures.ts'

function parseXml(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml')
  const error = document.getElementsByTagName('parsererror')[0]
  if (error) throw new Error(`not well-formed: ${error.textContent}`)
  return document
}

const hostile: FeedStory = {
  _type: 'article',
  headline: 'Fast & Furious 11 </title><script>alert("x")</script> ]]> \u0001',
  slug: 'fast-and-furious-11',
  standfirst: 'Vin Diesel\'s "family" <returns>',
  publishedAt: '2025-06-05T09:00:00Z',
  section: { title: 'News', slug: 'news' },
  authors: ['Maya Critic', 'Sam Reporter'],
  tags: ['Action', 'Sequels & spin-offs'],
}
const review: FeedStory = {
  _type: 'review',
  headline: 'Ballerina review',
  slug: 'ballerina',
  standfirst: null,
  publishedAt: '2025-06-04T18:30:00Z',
  section: null,
  authors: [],
  tags: [],
}

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u0008`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    )
    expect(escapeXml('🎬 Café\tok')).toBe('🎬 Café\tok')
  })
})

describe('buildRssFeed', () => {
  const xml = buildRssFeed(site, [hostile, review])
  const document = parseXml(xml)
  const items = [...document.getElementsByTagName('item')]
  const text = (parent: Element | Document, name: string) => parent.getElementsByTagName(name)[0]?.textContent

  it('is well-formed RSS 2.0 with the channel facts', () => {
    expect(document.documentElement.nodeName).toBe('rss')
    expect(document.documentElement.getAttribute('version')).toBe('2.0')
    expect(text(document, 'title')).toBe('Marquee')
    expect(text(document, 'link')).toBe('https://marquee.example/')
    expect(text(document, 'lastBuildDate')).toBe('Thu, 05 Jun 2025 09:00:00 GMT')
    const self = document.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]
    expect(self?.getAttribute('href')).toBe('https://marquee.example/feed.xml')
    expect(items).toHaveLength(2)
  })

  it('round-trips hostile text as text, not markup', () => {
    const [first] = items
    if (!first) throw new Error('no item')
    expect(text(first, 'title')).toBe('Fast & Furious 11 </title><script>alert("x")</script> ]]> ')
    expect(text(first, 'description')).toBe('Vin Diesel\'s "family" <returns>')
    expect(first.getElementsByTagName('script')).toHaveLength(0)
  })

  it('gives each item a permalink guid, RFC 822 date, creator and categories', () => {
    const [first, second] = items
    if (!first || !second) throw new Error('missing items')
    expect(text(first, 'link')).toBe('https://marquee.example/news/fast-and-furious-11')
    const guid = first.getElementsByTagName('guid')[0]
    expect(guid?.getAttribute('isPermaLink')).toBe('true')
    expect(guid?.textContent).toBe('https://marquee.example/news/fast-and-furious-11')
    expect(text(first, 'pubDate')).toBe('Thu, 05 Jun 2025 09:00:00 GMT')
    expect(first.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator')[0]?.textContent).toBe(
      'Maya Critic, Sam Reporter',
    )
    expect([...first.getElementsByTagName('category')].map((node) => node.textContent)).toEqual([
      'News',
      'Action',
      'Sequels & spin-offs',
    ])
    expect(text(second, 'link')).toBe('https://marquee.example/reviews/ballerina')
    expect(second.getElementsByTagName('description')).toHaveLength(0)
    expect([...second.getElementsByTagName('category')].map((node) => node.textContent)).toEqual(['Reviews'])
  })

  it('formats dates as RFC 822', () => {
    expect(rfc822('2025-12-25T00:00:00+01:00')).toBe('Wed, 24 Dec 2025 23:00:00 GMT')
  })
})

describe('feedQuery', () => {
  it('returns the latest published stories first and nothing else', async () => {
    const dataset = [
      {
        _id: 'a',
        _type: 'article',
        headline: 'Old',
        slug: { current: 'old' },
        publishedAt: '2025-01-01T00:00:00Z',
      },
      {
        _id: 'b',
        _type: 'review',
        headline: 'New',
        slug: { current: 'new' },
        publishedAt: '2025-02-01T00:00:00Z',
      },
      { _id: 'c', _type: 'article', headline: 'No date', slug: { current: 'no-date' } },
      {
        _id: 'd',
        _type: 'film',
        title: 'Film',
        slug: { current: 'film' },
        publishedAt: '2025-03-01T00:00:00Z',
      },
    ]
    const params = { limit: 30 }
    const result = await (await evaluate(parse(feedQuery.query, { params }), { dataset, params })).get()
    const stories = feedQuery.schema.parse(result)
    expect(stories.map((story) => story.slug)).toEqual(['new', 'old'])
  })
})
