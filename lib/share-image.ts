// Data for the generated share image of a story (app/(site)/[section]/[slug]/opengraph-image.tsx):
// the query, which picture to use, and how large the headline can be set.

import type { ImageUrlBuilder } from '@sanity/image-url'
import { z } from 'zod'
import { SUBJECT } from './cache-tags.ts'
import { getEnv } from './env.ts'
import { imageBuilder } from './image.ts'
import { type Figure, figureProjection, figureSchema, publishedStoryFilter } from './queries/fragments.ts'

export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const

export const shareCardQuery = {
  name: 'shareCard',
  subject: SUBJECT.story,
  query: /* groq */ `*[${publishedStoryFilter} && slug.current == $slug] | order(publishedAt desc)[0]{
    _type,
    kind,
    headline,
    "slug": slug.current,
    rating,
    "section": section->{title, "slug": slug.current},
    "shareImage": seo.shareImage${figureProjection},
    "heroImage": heroImage${figureProjection},
    "film": select(_type == "review" => film->, films[0]->){
      title,
      "still": stills[0]${figureProjection},
      "poster": poster${figureProjection}
    }
  }`,
  schema: z
    .object({
      _type: z.enum(['review', 'article']),
      kind: z.string().nullable(),
      headline: z.string(),
      slug: z.string(),
      rating: z.number().nullable(),
      section: z.object({ title: z.string().nullable(), slug: z.string() }).nullable(),
      shareImage: figureSchema.nullable(),
      heroImage: figureSchema.nullable(),
      film: z
        .object({
          title: z.string().nullable(),
          still: figureSchema.nullable(),
          poster: figureSchema.nullable(),
        })
        .nullable(),
    })
    .nullable(),
}
export type ShareCard = NonNullable<z.infer<typeof shareCardQuery.schema>>

/** The editor's share image wins, then the hero image, then a still of the film, then its poster. */
export function shareCardFigure(card: ShareCard): Figure | undefined {
  return [card.shareImage, card.heroImage, card.film?.still, card.film?.poster].find(
    (figure): figure is Figure => Boolean(figure?.asset),
  )
}

/**
 * URL of the picture cropped (hotspot-aware) to the card, as JPEG: satori cannot decode WebP or AVIF,
 * and a modest quality keeps the fetch small.
 */
export function shareCardImageUrl(
  figure: Figure,
  builder: ImageUrlBuilder = imageBuilder(getEnv(), 'server'),
): string | undefined {
  if (!figure.asset) return undefined
  return builder
    .image({
      asset: { _ref: figure.asset._id },
      ...(figure.crop ? { crop: figure.crop } : {}),
      ...(figure.hotspot ? { hotspot: figure.hotspot } : {}),
    })
    .width(SHARE_CARD_SIZE.width)
    .height(SHARE_CARD_SIZE.height)
    .fit('crop')
    .format('jpg')
    .quality(70)
    .url()
}

/** Font size that keeps a headline to about three lines across the card. */
export function headlineFontSize(headline: string): number {
  const length = headline.length
  if (length <= 40) return 72
  if (length <= 70) return 60
  if (length <= 100) return 50
  return 42
}

/** The small label above the headline: 'Review', or the section ('News', 'Features'). */
export function shareCardKicker(card: ShareCard): string {
  if (card._type === 'review') return 'Review'
  return card.section?.title ?? 'News'
}

/** The card's alt text: what it says and shows ('Review: “…”, 3.5 out of 5 stars. Ana de Armas in Ballerina'). */
export function shareCardAlt(card: ShareCard, ratingText: (rating: number) => string): string {
  const parts = [`${shareCardKicker(card)}: “${card.headline}”`]
  if (card._type === 'review' && typeof card.rating === 'number') parts[0] += `, ${ratingText(card.rating)}`
  const pictureAlt = shareCardFigure(card)?.alt?.trim()
  if (pictureAlt) parts.push(pictureAlt)
  return `${parts.join('. ')}.`.replace(/\.\.$/, '.')
}
