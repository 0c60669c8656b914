// Reusable GROQ projections and the zod schemas of what they return. Every query in lib/queries
// builds on these, so a card or a figure has one shape everywhere (pages, related stories, feeds).
import { z } from 'zod'

/** A Sanity image value with its asset resolved: enough to build srcsets and a blur placeholder. */
export const figureProjection = /* groq */ `{
  "asset": asset->{_id, url, metadata{lqip, dimensions{width, height, aspectRatio}}},
  alt,
  caption,
  credit,
  hotspot,
  crop
}`

const dimensionsSchema = z.object({
  width: z.number(),
  height: z.number(),
  aspectRatio: z.number().nullish(),
})

export const imageAssetSchema = z.object({
  _id: z.string(),
  url: z.string(),
  metadata: z
    .object({
      lqip: z.string().nullish(),
      dimensions: dimensionsSchema.nullish(),
    })
    .nullish(),
})

export const hotspotSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
})

export const cropSchema = z.object({
  top: z.number(),
  bottom: z.number(),
  left: z.number(),
  right: z.number(),
})

export const figureSchema = z.object({
  asset: imageAssetSchema.nullable(),
  alt: z.string().nullable(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  hotspot: hotspotSchema.nullable(),
  crop: cropSchema.nullable(),
})
export type Figure = z.infer<typeof figureSchema>
export type ImageAsset = z.infer<typeof imageAssetSchema>

/** `{title, slug}` of a referenced document; shared by sections, films, tags. */
export const titledLinkSchema = z.object({ title: z.string(), slug: z.string() })
export type TitledLink = z.infer<typeof titledLinkSchema>

/** `{name, slug}` of a referenced person or author. */
export const namedLinkSchema = z.object({ name: z.string(), slug: z.string() })
export type NamedLink = z.infer<typeof namedLinkSchema>

export const storyTypeSchema = z.enum(['review', 'article'])
export const articleKindSchema = z.enum(['news', 'feature', 'interview', 'list'])
export type StoryType = z.infer<typeof storyTypeSchema>
export type ArticleKind = z.infer<typeof articleKindSchema>

/**
 * A story as a card: listings, related stories, search results, feeds.
 * Reviews have one `film`; articles have `films[]`, of which the first stands for the card.
 */
export const articleCardFields = /* groq */ `
  _id,
  _type,
  kind,
  headline,
  "slug": slug.current,
  standfirst,
  publishedAt,
  rating,
  "section": section->{title, "slug": slug.current},
  "heroImage": heroImage${figureProjection},
  "film": select(
    _type == "review" => film->{title, "slug": slug.current},
    films[0]->{title, "slug": slug.current}
  ),
  "authors": coalesce(authors[]->{name, "slug": slug.current}, [])
`
export const articleCardProjection = `{${articleCardFields}}`

export const articleCardSchema = z.object({
  _id: z.string(),
  _type: storyTypeSchema,
  kind: articleKindSchema.nullable(),
  headline: z.string(),
  slug: z.string(),
  standfirst: z.string().nullable(),
  publishedAt: z.string().nullable(),
  rating: z.number().nullable(),
  section: titledLinkSchema.nullable(),
  heroImage: figureSchema.nullable(),
  film: titledLinkSchema.nullable(),
  // A dangling author reference resolves to null; drop it rather than fail the page.
  authors: z.array(namedLinkSchema.nullable()).transform((list) => list.filter((item) => item !== null)),
})
export type ArticleCard = z.infer<typeof articleCardSchema>

/** Filter for stories a reader may see: reviews and articles with a publication date and a slug. */
export const publishedStoryFilter = /* groq */ `_type in ["review", "article"] && defined(slug.current) && defined(publishedAt)`
