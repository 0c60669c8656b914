// The one settings document (id 'siteSettings'): site title, social handles, share image, navigation.
import { CogIcon } from '@sanity/icons/Cog'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { defineFigureField } from '../fields/figure.ts'
import { validateSocialHandle } from '../validation/social.ts'

export const SITE_SETTINGS_ID = 'siteSettings'

const socialNetworks = [
  { name: 'x', title: 'X' },
  { name: 'bluesky', title: 'Bluesky' },
  { name: 'threads', title: 'Threads' },
  { name: 'facebook', title: 'Facebook' },
  { name: 'instagram', title: 'Instagram' },
]

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Site title',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 3 }),
    defineField({
      name: 'social',
      title: 'Social accounts',
      type: 'object',
      description: 'Handles without the @.',
      options: { collapsible: true },
      fields: socialNetworks.map(({ name, title }) =>
        defineField({ name, title, type: 'string', validation: (rule) => rule.custom(validateSocialHandle) }),
      ),
    }),
    defineFigureField({ name: 'defaultShareImage', title: 'Default share image' }),
    defineField({
      name: 'navigation',
      title: 'Navigation',
      type: 'array',
      of: [defineArrayMember({ type: 'navItem' })],
    }),
  ],
  preview: { prepare: () => ({ title: 'Settings' }) },
})
