// The site's own queries, imported from where the pages take them (never copied), with parameters picked
// from a generated dataset. `pick(i)` varies the page between iterations, as real traffic would.
import { feedQuery } from '#lib/feed.ts'
import { articleQuery, recentStoryPathsQuery } from '#lib/queries/article.ts'
import { FILMS_PER_PAGE, filmIndexQuery, filmPageQuery } from '#lib/queries/film.ts'
import { homeQuery, pageBounds, sectionPageQuery, tagPageQuery } from '#lib/queries/listings.ts'
import { authorPageQuery, personPageQuery } from '#lib/queries/people.ts'
import { searchQuery, searchTerms } from '#lib/queries/search.ts'
import { siteSettingsQuery } from '#lib/queries/settings.ts'
import { relatedStoriesParams } from '#lib/related/get-related-stories.ts'
import { relatedStoriesQuery } from '#lib/related/query.ts'
import {
  parseSitemapFileId,
  sitemapFileIds,
  sitemapIndexQuery,
  sitemapPagesQuery,
  sitemapStoriesQuery,
} from '#lib/sitemap.ts'
import type { Dataset } from './dataset.ts'

export interface BenchQuery {
  readonly name: string
  readonly query: string
  readonly params: (i: number) => Record<string, unknown>
  /** Returns every document of a kind: fewer iterations at 100k. */
  readonly heavy?: boolean
  /**
   * groq-js runs a subquery per document: `10k` measures its baseline at 10k only (minutes at 100k);
   * `opt-in` only with --slow-baselines (minutes already at 10k).
   */
  readonly quadratic?: '10k' | 'opt-in'
}

/** Spreads iterations over the list, deterministically. */
function nth(items: readonly string[], i: number): string {
  return items[(i * 7907) % Math.max(1, items.length)] ?? ''
}

export function siteQueries(dataset: Dataset): BenchQuery[] {
  const { slugs, storyIds } = dataset
  return [
    { name: 'article page', query: articleQuery.query, params: (i) => ({ slug: nth(slugs.story, i) }) },
    {
      name: 'related stories',
      query: relatedStoriesQuery,
      params: (i) => relatedStoriesParams({ id: nth(storyIds, i) }),
      quadratic: '10k',
    },
    { name: 'home', query: homeQuery.query, params: () => ({}) },
    {
      name: 'section page 2',
      query: sectionPageQuery.query,
      params: (i) => ({ slug: nth(slugs.section, i), ...pageBounds(2) }),
    },
    {
      name: 'tag page 1',
      query: tagPageQuery.query,
      params: (i) => ({ slug: nth(slugs.tag, i), ...pageBounds(1) }),
    },
    { name: 'film page', query: filmPageQuery.query, params: (i) => ({ slug: nth(slugs.film, i) }) },
    {
      name: 'person page',
      query: personPageQuery.query,
      params: (i) => ({ slug: nth(slugs.person, i) }),
      quadratic: 'opt-in',
    },
    { name: 'author page', query: authorPageQuery.query, params: (i) => ({ slug: nth(slugs.author, i) }) },
    {
      name: 'search',
      query: searchQuery.query,
      params: (i) => ({ terms: searchTerms(['glass river', 'ghost', 'crown storm'][i % 3] ?? 'ghost') }),
      // groq-js dereferences by scanning the dataset: `film->title` per story is a minute at 100k.
      quadratic: '10k',
    },
    { name: 'feed', query: feedQuery.query, params: () => ({ limit: 30 }) },
    { name: 'recent story paths', query: recentStoryPathsQuery.query, params: () => ({ limit: 50 }) },
    { name: 'site settings', query: siteSettingsQuery.query, params: () => ({}) },
    {
      name: 'film index page',
      query: filmIndexQuery.query,
      params: (i) => pageBounds(1 + ((i * 7) % filmPages(dataset)), FILMS_PER_PAGE),
    },
    { name: 'sitemap index', query: sitemapIndexQuery.query, params: () => ({}) },
    {
      name: 'sitemap stories file',
      query: sitemapStoriesQuery.query,
      params: (i) => sitemapFileBounds(dataset, 'stories', i),
    },
    {
      name: 'sitemap pages file',
      query: sitemapPagesQuery.query,
      params: (i) => sitemapFileBounds(dataset, 'pages', i),
    },
  ]
}

function filmPages(dataset: Dataset): number {
  return Math.max(1, Math.ceil(dataset.slugs.film.length / FILMS_PER_PAGE))
}

/** The slice bounds of one of the sitemap's files of a kind, the last (deepest) one every other time. */
function sitemapFileBounds(dataset: Dataset, kind: 'stories' | 'pages', i: number) {
  const { slugs } = dataset
  const pages = slugs.film.length + slugs.person.length + slugs.author.length + slugs.tag.length
  const ids = sitemapFileIds({ stories: slugs.story.length, pages: pages + slugs.section.length }).filter(
    (id) => id.startsWith(kind),
  )
  const id = i % 2 === 0 ? ids.at(-1) : ids[(i * 7) % ids.length]
  const file = parseSitemapFileId(id ?? '')
  return { start: file?.start ?? 0, end: file?.end ?? 0 }
}
