// A link on an author's profile (their site, Letterboxd, a social account).
import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'
import { validateLinkHref } from '../validation/url.ts'

export const authorLink = defineType({
  name: 'authorLink',
  title: 'Author link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({ name: 'label', title: 'Label', type: 'string', validation: (rule) => rule.required() }),
    defineField({
      name: 'url',
      title: 'URL',
      type: 'url',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['http', 'https'] })
          .custom(validateLinkHref),
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'url' } },
})
