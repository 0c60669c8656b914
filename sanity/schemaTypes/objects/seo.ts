// Search and share overrides; empty fields fall back to the headline, standfirst and hero image.
import { defineField, defineType } from 'sanity'
import { defineFigureField } from '../fields/figure.ts'
import {
  SEO_DESCRIPTION_MAX,
  SEO_TITLE_MAX,
  validateSeoDescription,
  validateSeoTitle,
} from '../validation/text.ts'

export const seo = defineType({
  name: 'seo',
  title: 'SEO and sharing',
  type: 'object',
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: `Shown in search results and share cards. At most ${SEO_TITLE_MAX} characters.`,
      validation: (rule) => rule.custom(validateSeoTitle),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: `At most ${SEO_DESCRIPTION_MAX} characters.`,
      validation: (rule) => rule.custom(validateSeoDescription),
    }),
    defineFigureField({ name: 'shareImage', title: 'Share image' }),
  ],
})
