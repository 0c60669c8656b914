// A section of the magazine (reviews, news, features, interviews) with its own listing page.
import { FolderIcon } from '@sanity/icons/Folder'
import { defineField, defineType } from 'sanity'
import { defineSlugField } from '../fields/slug.ts'

export const section = defineType({
  name: 'section',
  title: 'Section',
  type: 'document',
  icon: FolderIcon,
  fields: [
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (rule) => rule.required() }),
    defineSlugField('title'),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 3 }),
  ],
  preview: { select: { title: 'title', subtitle: 'slug.current' } },
})
