// The RSS 2.0 feed: the query for the latest stories and a pure builder of the XML. Every text is
// escaped and stripped of characters XML 1.0 cannot carry, so a headline can never break the feed.

import { z } from 'zod'
import { FEED_TAG } from './cache-tags.ts'
import type { SiteMeta } from './metadata.ts'
import { publishedStoryFilter } from './queries/fragments.ts'
import { absoluteUrl, storyPath } from './urls.ts'

export const FEED_SIZE = 30

export const feedQuery = {
  name: 'feed',
  tags: [FEED_TAG],
  query: /* groq */ `*[${publishedStoryFilter}] | order(publishedAt desc)[0...$limit]{
    _type,
    headline,
    "slug": slug.current,
    standfirst,
    publishedAt,
    "section": section->{title, "slug": slug.current},
    "authors": coalesce(authors[]->name, []),
    "tags": coalesce(tags[]->title, [])
  }`,
  schema: z.array(
    z.object({
      _type: z.string(),
      headline: z.string(),
      slug: z.string(),
      standfirst: z.string().nullable(),
      publishedAt: z.string(),
      section: z.object({ title: z.string().nullable(), slug: z.string() }).nullable(),
      authors: z.array(z.string().nullable()).transform((names) => names.filter((name) => name !== null)),
      tags: z.array(z.string().nullable()).transform((titles) => titles.filter((title) => title !== null)),
    }),
  ),
}
export type FeedStory = z.infer<typeof feedQuery.schema>[number]

// XML 1.0 allows tab, newline, carriage return and U+0020 upwards, minus surrogates and U+FFFE/FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text as XML character data or attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** RFC 822 date, as RSS 2.0 wants: "Thu, 05 Jun 2025 09:00:00 GMT". */
export function rfc822(date: string | Date): string {
  return new Date(date).toUTCString()
}

const element = (name: string, text: string, attributes = ''): string =>
  `<${name}${attributes}>${escapeXml(text)}</${name}>`

function item(site: SiteMeta, story: FeedStory): string {
  const link = absoluteUrl(site.siteUrl, storyPath(story))
  const categories = [
    story._type === 'review' ? 'Reviews' : (story.section?.title ?? null),
    ...story.tags,
  ].filter((category): category is string => Boolean(category))
  return [
    '<item>',
    element('title', story.headline),
    element('link', link),
    element('guid', link, ' isPermaLink="true"'),
    element('pubDate', rfc822(story.publishedAt)),
    story.standfirst ? element('description', story.standfirst) : '',
    story.authors.length > 0 ? element('dc:creator', story.authors.join(', ')) : '',
    ...[...new Set(categories)].map((category) => element('category', category)),
    '</item>',
  ]
    .filter(Boolean)
    .join('\n')
}

export function buildRssFeed(site: SiteMeta, stories: FeedStory[], now: Date = new Date()): string {
  const feedUrl = absoluteUrl(site.siteUrl, '/feed.xml')
  const latest = stories[0]?.publishedAt
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', site.name),
    element('link', absoluteUrl(site.siteUrl, '/')),
    element('description', site.description),
    element('language', 'en-gb'),
    element('lastBuildDate', rfc822(latest ?? now)),
    `<atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...stories.map((story) => item(site, story)),
    '</channel>',
    '</rss>',
    '',
  ].join('\n')
}
