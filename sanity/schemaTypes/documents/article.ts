// News, features, interviews and lists. Linked to films and people so related stories can be ranked.
import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { defineArrayMember, defineField, defineType } from 'sanity'
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
import { ARTICLE_KINDS } from '../objects/vocabulary.ts'

export const article = defineType({
  name: 'article',
  title: 'News & features',
  type: 'document',
  icon: DocumentTextIcon,
  groups: editorialGroups,
  fields: [
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      group: 'story',
      options: { list: ARTICLE_KINDS, layout: 'radio', direction: 'horizontal' },
      initialValue: 'news',
      validation: (rule) => rule.required(),
    }),
    headlineField,
    slugField,
    standfirstField,
    defineField({
      name: 'films',
      title: 'Films',
      type: 'array',
      group: 'related',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'film' }] })],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'people',
      title: 'People',
      type: 'array',
      group: 'related',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'person' }] })],
      validation: (rule) => rule.unique(),
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
    select: { title: 'headline', kind: 'kind', publishedAt: 'publishedAt', media: 'heroImage' },
    prepare: ({ title, kind, publishedAt, media }) => ({
      title: title ?? 'Untitled',
      subtitle: [kind, typeof publishedAt === 'string' ? publishedAt.slice(0, 10) : undefined]
        .filter(Boolean)
        .join(' · '),
      media,
    }),
  },
})
