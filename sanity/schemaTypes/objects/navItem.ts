// A site navigation entry: a path on the site ('/reviews') or a full URL.
import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'
import { validateNavHref } from '../validation/url.ts'

export const navItem = defineType({
  name: 'navItem',
  title: 'Navigation item',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      validation: (rule) => rule.required().max(40),
    }),
    defineField({
      name: 'href',
      title: 'Link',
      type: 'string',
      description: "A path on this site like '/reviews', or a full https URL.",
      validation: (rule) => rule.required().custom(validateNavHref),
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'href' } },
})
