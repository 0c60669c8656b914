// The rich-text link annotation. Only http, https, mailto and tel: a javascript: href never reaches a page.
import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'
import { LINK_SCHEMES, validateLinkHref } from '../validation/url.ts'

export const link = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'URL',
      type: 'url',
      description: 'http, https, mailto: or tel: only.',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: [...LINK_SCHEMES], allowRelative: false })
          .custom(validateLinkHref),
    }),
  ],
})
