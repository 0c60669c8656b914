// Next `Metadata` for every kind of page: canonical URL, Open Graph and X cards. Pages pass plain data
// from their queries; editors' SEO overrides (seo.title, seo.description, seo.shareImage) win.
import type { ImageUrlBuilder } from '@sanity/image-url'
import type { Metadata } from 'next'
import { imageBuilder } from './image.ts'
import type { Figure } from './queries/fragments.ts'
import { absoluteUrl, authorPath, filmPath, personPath, type StoryRef, storyPath, tagPath } from './urls.ts'

export const DEFAULT_SITE_NAME = 'Marquee'
export const DEFAULT_SITE_DESCRIPTION = 'Film reviews, news, features and interviews.'
export const OG_LOCALE = 'en_GB'
/** The size every share card is cropped to (and the generated share image's size). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const

/** What the whole site contributes: built once per request from siteSettings by `siteMeta`. */
export interface SiteMeta {
  siteUrl: string
  name: string
  description: string
  /** X handle without @ (siteSettings.social.x). */
  xHandle: string | null
  defaultShareImage: Figure | null
  /** Builds image URLs; the site's lake or Sanity CDN by default. */
  images?: ImageUrlBuilder
}

export interface SiteSettingsLike {
  title?: string | null
  description?: string | null
  social?: { x?: string | null } | null
  defaultShareImage?: Figure | null
}

export function siteMeta(siteUrl: string, settings: SiteSettingsLike | null | undefined): SiteMeta {
  return {
    siteUrl,
    name: settings?.title || DEFAULT_SITE_NAME,
    description: settings?.description || DEFAULT_SITE_DESCRIPTION,
    xHandle: settings?.social?.x?.replace(/^@/, '') || null,
    defaultShareImage: settings?.defaultShareImage ?? null,
  }
}

export interface ShareImage {
  url: string
  width: number
  height: number
  alt: string
}

/** A figure cropped (hotspot-aware) to the 1200x630 share size, or undefined without an asset. */
export function shareImageFromFigure(
  site: SiteMeta,
  figure: Figure | null | undefined,
): ShareImage | undefined {
  const asset = figure?.asset
  if (!figure || !asset) return undefined
  const source = {
    asset: { _ref: asset._id },
    ...(figure.crop ? { crop: figure.crop } : {}),
    ...(figure.hotspot ? { hotspot: figure.hotspot } : {}),
  }
  const url = (site.images ?? imageBuilder())
    .image(source)
    .width(SHARE_IMAGE_SIZE.width)
    .height(SHARE_IMAGE_SIZE.height)
    .fit('crop')
    .format('jpg')
    .url()
  return { url, ...SHARE_IMAGE_SIZE, alt: figure.alt ?? '' }
}

/** The first figure with an asset, as a share image; falls back to the site's default share image. */
function pickImage(site: SiteMeta, figures: (Figure | null | undefined)[]): ShareImage | undefined {
  for (const figure of [...figures, site.defaultShareImage]) {
    const image = shareImageFromFigure(site, figure)
    if (image) return image
  }
  return undefined
}

function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`
}

function handle(site: SiteMeta): string | undefined {
  return site.xHandle ? `@${site.xHandle}` : undefined
}

interface PageInput {
  title: string
  description: string
  path: string
  /** Left out, Next uses the route's opengraph-image file for Open Graph and X alike. */
  images?: ShareImage[]
}

/** The fields every page shares: canonical URL, Open Graph basics and the X card. */
function pageMetadata(site: SiteMeta, page: PageInput, openGraph: Metadata['openGraph'] = {}): Metadata {
  const url = absoluteUrl(site.siteUrl, page.path)
  const description = truncate(page.description, 200)
  return {
    title: page.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'website',
      ...openGraph,
      url,
      title: page.title,
      description,
      siteName: site.name,
      locale: OG_LOCALE,
      ...(page.images ? { images: page.images } : {}),
    },
    twitter: {
      card: page.images?.length === 0 ? 'summary' : 'summary_large_image',
      site: handle(site),
      creator: handle(site),
      title: page.title,
      description,
      ...(page.images ? { images: page.images } : {}),
    },
  }
}

/** Site-wide defaults for the root layout: metadataBase, title template, feed link. */
export function siteMetadata(site: SiteMeta): Metadata {
  const image = pickImage(site, [])
  return {
    metadataBase: new URL(site.siteUrl),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: site.description,
    alternates: { types: { 'application/rss+xml': absoluteUrl(site.siteUrl, '/feed.xml') } },
    openGraph: { type: 'website', siteName: site.name, locale: OG_LOCALE, images: image ? [image] : [] },
    twitter: { card: 'summary_large_image', site: handle(site), creator: handle(site) },
  }
}

export interface StoryMetaInput extends StoryRef {
  headline: string
  standfirst: string | null
  publishedAt: string | null
  updatedAt?: string | null
  section: { title?: string; slug: string } | null
  authors: { name: string; slug: string }[]
  tags?: { title: string }[]
  seo?: { title: string | null; description: string | null; shareImage: Figure | null } | null
}

/**
 * A review or article. No `images` here on purpose: Next then uses the generated card
 * (opengraph-image.tsx beside the page, which draws seo.shareImage first) for og:image, and X
 * inherits it as twitter:image. Setting images here would replace the card.
 */
export function storyMetadata(site: SiteMeta, story: StoryMetaInput): Metadata {
  const path = storyPath(story)
  const section = story._type === 'review' ? 'Reviews' : (story.section?.title ?? undefined)
  return pageMetadata(
    site,
    {
      title: story.seo?.title || story.headline,
      description: story.seo?.description || story.standfirst || site.description,
      path,
    },
    {
      type: 'article',
      publishedTime: story.publishedAt ?? undefined,
      modifiedTime: story.updatedAt ?? story.publishedAt ?? undefined,
      authors: story.authors.map((author) => absoluteUrl(site.siteUrl, authorPath(author.slug))),
      section,
      tags: story.tags?.map((tag) => tag.title),
    },
  )
}

/** A listing: section, search, home. */
export function listingMetadata(
  site: SiteMeta,
  listing: { title: string; description?: string | null; path: string; image?: Figure | null },
): Metadata {
  const image = pickImage(site, [listing.image])
  return pageMetadata(site, {
    title: listing.title,
    description: listing.description || site.description,
    path: listing.path,
    images: image ? [image] : [],
  })
}

export function filmMetadata(
  site: SiteMeta,
  film: {
    title: string
    slug: string
    synopsis?: string | null
    poster?: Figure | null
    stills?: Figure[] | null
  },
): Metadata {
  const image = pickImage(site, [film.stills?.[0], film.poster])
  return pageMetadata(
    site,
    {
      title: film.title,
      description: film.synopsis || `Reviews, news and features about ${film.title}.`,
      path: filmPath(film.slug),
      images: image ? [image] : [],
    },
    { type: 'video.movie' },
  )
}

export function personMetadata(
  site: SiteMeta,
  person: {
    name: string
    slug: string
    bio?: string | null
    knownFor?: string | null
    portrait?: Figure | null
  },
): Metadata {
  const image = pickImage(site, [person.portrait])
  return pageMetadata(
    site,
    {
      title: person.name,
      description: person.bio || person.knownFor || `Films and stories about ${person.name}.`,
      path: personPath(person.slug),
      images: image ? [image] : [],
    },
    { type: 'profile' },
  )
}

export function authorMetadata(
  site: SiteMeta,
  author: { name: string; slug: string; role?: string | null; bio?: string | null; portrait?: Figure | null },
): Metadata {
  const image = pickImage(site, [author.portrait])
  const role = author.role ? `${author.role}, ${site.name}` : `Writer, ${site.name}`
  return pageMetadata(
    site,
    {
      title: author.name,
      description: author.bio || `${author.name}: ${role}. Reviews and stories.`,
      path: authorPath(author.slug),
      images: image ? [image] : [],
    },
    { type: 'profile' },
  )
}

export function tagMetadata(site: SiteMeta, tag: { title: string; slug: string }): Metadata {
  const image = pickImage(site, [])
  return pageMetadata(site, {
    title: tag.title,
    description: `Stories tagged ${tag.title} on ${site.name}.`,
    path: tagPath(tag.slug),
    images: image ? [image] : [],
  })
}
