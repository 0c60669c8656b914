// A topic label ('Action', 'Cannes 2025') shared by reviews and articles.
import { TagIcon } from '@sanity/icons/Tag'
import { defineField, defineType } from 'sanity'
import { defineSlugField } from '../fields/slug.ts'

export const tag = defineType({
  name: 'tag',
  title: 'Tag',
  type: 'document',
  icon: TagIcon,
  fields: [
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (rule) => rule.required() }),
    defineSlugField('title'),
  ],
  preview: { select: { title: 'title', subtitle: 'slug.current' } },
})
