// A writer for the magazine, shown in bylines and on author pages.
import { UsersIcon } from '@sanity/icons/Users'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { defineFigureField } from '../fields/figure.ts'
import { defineSlugField } from '../fields/slug.ts'

export const author = defineType({
  name: 'author',
  title: 'Author',
  type: 'document',
  icon: UsersIcon,
  fields: [
    defineField({ name: 'name', title: 'Name', type: 'string', validation: (rule) => rule.required() }),
    defineSlugField('name'),
    defineField({
      name: 'role',
      title: 'Role',
      type: 'string',
      description: "e.g. 'Chief film critic'.",
    }),
    defineFigureField({ name: 'portrait', title: 'Portrait' }),
    defineField({ name: 'bio', title: 'Biography', type: 'text', rows: 4 }),
    defineField({
      name: 'links',
      title: 'Links',
      type: 'array',
      of: [defineArrayMember({ type: 'authorLink' })],
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'role', media: 'portrait' } },
})
