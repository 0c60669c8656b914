// An age rating from a classification body, e.g. BBFC 15 or MPA R.
import { defineField, defineType } from 'sanity'
import { CERTIFICATE_BODIES, TERRITORIES } from './vocabulary.ts'

export const certificate = defineType({
  name: 'certificate',
  title: 'Certificate',
  type: 'object',
  fields: [
    defineField({
      name: 'territory',
      title: 'Territory',
      type: 'string',
      options: { list: TERRITORIES },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'body',
      title: 'Classification body',
      type: 'string',
      options: { list: CERTIFICATE_BODIES, layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'rating',
      title: 'Rating',
      type: 'string',
      description: "As the body writes it, e.g. '15' or 'PG-13'.",
      validation: (rule) => rule.required().max(10),
    }),
  ],
  preview: {
    select: { territory: 'territory', body: 'body', rating: 'rating' },
    prepare: ({ territory, body, rating }) => ({
      title: [body, rating].filter(Boolean).join(' '),
      subtitle: territory,
    }),
  },
})
