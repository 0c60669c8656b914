// Fields reviews and articles share: headline, byline, dates, images, body, taxonomy, pins and SEO.
import { defineArrayMember, defineField, type FieldGroupDefinition } from 'sanity'
import { publishedIdOf } from '../validation/ids.ts'
import { validateRelatedPins } from '../validation/pins.ts'
import { HEADLINE_MAX, validateHeadline } from '../validation/text.ts'
import { defineFigureField } from './figure.ts'
import { defineSlugField } from './slug.ts'

export const editorialGroups: FieldGroupDefinition[] = [
  { name: 'story', title: 'Story', default: true },
  { name: 'publishing', title: 'Publishing' },
  { name: 'related', title: 'Related' },
  { name: 'seo', title: 'SEO' },
]

export const headlineField = defineField({
  name: 'headline',
  title: 'Headline',
  type: 'string',
  group: 'story',
  description: `At most ${HEADLINE_MAX} characters.`,
  validation: (rule) => rule.required().custom(validateHeadline),
})

export const slugField = defineSlugField('headline', 'story')

export const standfirstField = defineField({
  name: 'standfirst',
  title: 'Standfirst',
  type: 'text',
  rows: 3,
  group: 'story',
  description: 'The one or two sentences under the headline.',
})

export const heroImageField = defineFigureField({ name: 'heroImage', title: 'Hero image', group: 'story' })

export const bodyField = defineField({ name: 'body', title: 'Body', type: 'richText', group: 'story' })

export const authorsField = defineField({
  name: 'authors',
  title: 'Authors',
  type: 'array',
  group: 'publishing',
  of: [defineArrayMember({ type: 'reference', to: [{ type: 'author' }] })],
  validation: (rule) => rule.required().min(1).unique(),
})

export const publishedAtField = defineField({
  name: 'publishedAt',
  title: 'Published at',
  type: 'datetime',
  group: 'publishing',
  initialValue: () => new Date().toISOString(),
  validation: (rule) => rule.required(),
})

export const updatedAtField = defineField({
  name: 'updatedAt',
  title: 'Updated at',
  type: 'datetime',
  group: 'publishing',
  description: 'Set when a published story is meaningfully changed.',
  validation: (rule) => rule.min(rule.valueOfField('publishedAt')),
})

export const sectionField = defineField({
  name: 'section',
  title: 'Section',
  type: 'reference',
  group: 'publishing',
  to: [{ type: 'section' }],
  validation: (rule) => rule.required().warning('Pick a section so the story appears in its listing'),
})

export const tagsField = defineField({
  name: 'tags',
  title: 'Tags',
  type: 'array',
  group: 'related',
  of: [defineArrayMember({ type: 'reference', to: [{ type: 'tag' }] })],
  validation: (rule) => rule.unique(),
})

export const relatedPinsField = defineField({
  name: 'relatedPins',
  title: 'Pinned related stories',
  type: 'array',
  group: 'related',
  description: 'Up to four stories shown first under "Related". Leave empty to rank automatically.',
  of: [
    defineArrayMember({
      type: 'reference',
      to: [{ type: 'review' }, { type: 'article' }],
      options: {
        // Hide the story being edited from the picker; validation below still catches it.
        filter: ({ document }) => ({ filter: '_id != $self', params: { self: publishedIdOf(document._id) } }),
      },
    }),
  ],
  validation: (rule) => rule.custom((value, context) => validateRelatedPins(value, context.document?._id)),
})

export const spoilersField = defineField({
  name: 'spoilers',
  title: 'Contains spoilers',
  type: 'boolean',
  group: 'publishing',
  initialValue: false,
})

export const seoField = defineField({ name: 'seo', title: 'SEO and sharing', type: 'seo', group: 'seo' })
