// A series of films (John Wick, Mission: Impossible): stories about one film relate to the others.
import { StackIcon } from '@sanity/icons/Stack'
import { defineField, defineType } from 'sanity'
import { defineSlugField } from '../fields/slug.ts'

export const franchise = defineType({
  name: 'franchise',
  title: 'Franchise',
  type: 'document',
  icon: StackIcon,
  fields: [
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (rule) => rule.required() }),
    defineSlugField('title'),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 3 }),
  ],
  preview: { select: { title: 'title', subtitle: 'description' } },
})
