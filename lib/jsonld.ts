// Structured data (schema.org JSON-LD) for stories: a Review of a Movie for reviews, a NewsArticle for
// news, features, interviews and lists. `serializeJsonLd` makes the JSON safe inside a <script>.
import { type ShareImage, type SiteMeta, shareImageFromFigure } from './metadata.ts'
import type { Figure } from './queries/fragments.ts'
import { absoluteUrl, authorPath, filmPath, personPath, type StoryRef, storyPath } from './urls.ts'

export type JsonLdValue = string | number | boolean | null | undefined | JsonLdValue[] | JsonLdObject
export interface JsonLdObject {
  [key: string]: JsonLdValue
}

export const BEST_RATING = 5
export const WORST_RATING = 0.5

/**
 * JSON for a <script type="application/ld+json">. HTML ends a script at the first `</script`, and
 * an HTML parser sees `<!--` too, so `<` and `>` become \u003c and \u003e (and `&` \u0026). U+2028
 * and U+2029 are escaped for old JavaScript parsers that treat them as line ends. All of these are
 * still the same characters to a JSON parser.
 */
export function serializeJsonLd(value: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export interface StoryJsonLdInput extends StoryRef {
  _type: 'review' | 'article'
  kind?: string | null
  headline: string
  standfirst: string | null
  publishedAt: string | null
  updatedAt?: string | null
  rating?: number | null
  verdict?: string | null
  heroImage: Figure | null
  authors: { name: string; slug: string }[]
  tags?: { title: string }[]
  films?: FilmJsonLdInput[]
  seo?: { shareImage: Figure | null } | null
}

export interface FilmJsonLdInput {
  title: string
  slug: string
  directors?: { name: string; slug: string }[]
  releases?: { date: string }[] | null
  poster?: Figure | null
  /** Pages about the same film elsewhere (IMDb, Wikipedia), when known. */
  sameAs?: string[]
}

/** The reviewer's star rating when it is a valid one (0.5 to 5 in halves); otherwise none. */
export function validRating(rating: number | null | undefined): number | undefined {
  if (typeof rating !== 'number' || !Number.isFinite(rating)) return undefined
  if (rating < WORST_RATING || rating > BEST_RATING) return undefined
  return Number.isInteger(rating * 2) ? rating : undefined
}

function imageUrls(site: SiteMeta, figures: (Figure | null | undefined)[]): string[] | undefined {
  const urls = figures
    .map((figure) => shareImageFromFigure(site, figure))
    .filter((image): image is ShareImage => image !== undefined)
    .map((image) => image.url)
  return urls.length > 0 ? [...new Set(urls)] : undefined
}

function person(site: SiteMeta, name: string, path: string): JsonLdObject {
  return { '@type': 'Person', name, url: absoluteUrl(site.siteUrl, path) }
}

export function publisherJsonLd(site: SiteMeta, logoUrl?: string): JsonLdObject {
  return {
    '@type': 'Organization',
    name: site.name,
    url: absoluteUrl(site.siteUrl, '/'),
    logo: { '@type': 'ImageObject', url: logoUrl ?? absoluteUrl(site.siteUrl, '/icon.svg') },
  }
}

/** The earliest release date of a film (YYYY-MM-DD), schema.org's datePublished of a Movie. */
function firstRelease(film: FilmJsonLdInput): string | undefined {
  const dates = (film.releases ?? []).map((release) => release.date).filter((date) => date.length > 0)
  return dates.sort()[0]
}

export function movieJsonLd(site: SiteMeta, film: FilmJsonLdInput): JsonLdObject {
  const directors = (film.directors ?? []).map((director) =>
    person(site, director.name, personPath(director.slug)),
  )
  return {
    '@type': 'Movie',
    name: film.title,
    url: absoluteUrl(site.siteUrl, filmPath(film.slug)),
    director: directors.length === 1 ? directors[0] : directors.length > 1 ? directors : undefined,
    datePublished: firstRelease(film),
    image: imageUrls(site, [film.poster])?.[0],
    sameAs: film.sameAs && film.sameAs.length > 0 ? film.sameAs : undefined,
  }
}

/** Fields every story shares, Review or NewsArticle. */
function storyBase(site: SiteMeta, story: StoryJsonLdInput, logoUrl?: string): JsonLdObject {
  const url = absoluteUrl(site.siteUrl, storyPath(story))
  return {
    headline: story.headline,
    description: story.standfirst ?? undefined,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: imageUrls(site, [story.seo?.shareImage, story.heroImage]),
    datePublished: story.publishedAt ?? undefined,
    dateModified: story.updatedAt ?? story.publishedAt ?? undefined,
    author: story.authors.map((author) => person(site, author.name, authorPath(author.slug))),
    publisher: publisherJsonLd(site, logoUrl),
    keywords: story.tags && story.tags.length > 0 ? story.tags.map((tag) => tag.title).join(', ') : undefined,
    inLanguage: 'en-GB',
  }
}

export function reviewJsonLd(site: SiteMeta, story: StoryJsonLdInput, logoUrl?: string): JsonLdObject {
  const film = story.films?.[0]
  const rating = validRating(story.rating)
  return {
    '@context': 'https://schema.org',
    '@type': 'Review',
    ...storyBase(site, story, logoUrl),
    name: story.headline,
    reviewBody: story.verdict ?? undefined,
    itemReviewed: film ? movieJsonLd(site, film) : undefined,
    reviewRating:
      rating === undefined
        ? undefined
        : { '@type': 'Rating', ratingValue: rating, bestRating: BEST_RATING, worstRating: WORST_RATING },
  }
}

export function newsArticleJsonLd(site: SiteMeta, story: StoryJsonLdInput, logoUrl?: string): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...storyBase(site, story, logoUrl),
    articleSection: story.kind ?? undefined,
    about:
      story.films && story.films.length > 0 ? story.films.map((film) => movieJsonLd(site, film)) : undefined,
  }
}

/** A Review for reviews, a NewsArticle for every other story. */
export function storyJsonLd(site: SiteMeta, story: StoryJsonLdInput, logoUrl?: string): JsonLdObject {
  return story._type === 'review'
    ? reviewJsonLd(site, story, logoUrl)
    : newsArticleJsonLd(site, story, logoUrl)
}
