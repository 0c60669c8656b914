// Someone in front of or behind the camera.
import { UserIcon } from '@sanity/icons/User'
import { defineField, defineType } from 'sanity'
import { defineFigureField } from '../fields/figure.ts'
import { defineSlugField } from '../fields/slug.ts'

export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({ name: 'name', title: 'Name', type: 'string', validation: (rule) => rule.required() }),
    defineSlugField('name'),
    defineFigureField({ name: 'portrait', title: 'Portrait' }),
    defineField({ name: 'bio', title: 'Biography', type: 'text', rows: 4 }),
    defineField({
      name: 'knownFor',
      title: 'Known for',
      type: 'string',
      description: "A short line, e.g. 'John Wick'.",
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'knownFor', media: 'portrait' } },
})
