// A film review: the magazine's core document. Previews show the film title, stars and hero image.
import { StarIcon } from '@sanity/icons/Star'
import { defineField, defineType } from 'sanity'
import {
  authorsField,
  bodyField,
  editorialGroups,
  headlineField,
  heroImageField,
  publishedAtField,
  relatedPinsField,
  sectionField,
  seoField,
  slugField,
  spoilersField,
  standfirstField,
  tagsField,
  updatedAtField,
} from '../fields/editorial.ts'
import { RATING_MAX, RATING_MIN, RATING_STEP, ratingStars, validateRating } from '../validation/rating.ts'

export const review = defineType({
  name: 'review',
  title: 'Review',
  type: 'document',
  icon: StarIcon,
  groups: editorialGroups,
  fields: [
    headlineField,
    slugField,
    standfirstField,
    defineField({
      name: 'film',
      title: 'Film',
      type: 'reference',
      group: 'story',
      to: [{ type: 'film' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'rating',
      title: 'Rating',
      type: 'number',
      group: 'story',
      description: `${RATING_MIN} to ${RATING_MAX} stars in steps of ${RATING_STEP}.`,
      options: {
        list: Array.from({ length: RATING_MAX / RATING_STEP }, (_, index) => {
          const value = (index + 1) * RATING_STEP
          return { title: `${ratingStars(value)} (${value})`, value }
        }),
      },
      validation: (rule) => rule.required().custom(validateRating),
    }),
    defineField({
      name: 'verdict',
      title: 'Verdict',
      type: 'string',
      group: 'story',
      description: 'One line, shown beside the stars.',
      validation: (rule) => rule.max(140),
    }),
    authorsField,
    publishedAtField,
    updatedAtField,
    heroImageField,
    bodyField,
    tagsField,
    sectionField,
    relatedPinsField,
    spoilersField,
    seoField,
  ],
  orderings: [
    { title: 'Newest first', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
  ],
  preview: {
    select: {
      headline: 'headline',
      rating: 'rating',
      filmTitle: 'film.title',
      heroImage: 'heroImage',
      poster: 'film.poster',
    },
    prepare: ({ headline, rating, filmTitle, heroImage, poster }) => {
      const stars = ratingStars(rating)
      return {
        title: [filmTitle ?? headline ?? 'Untitled review', stars].filter(Boolean).join(' '),
        subtitle: filmTitle ? headline : undefined,
        media: heroImage ?? poster,
      }
    },
  },
})
