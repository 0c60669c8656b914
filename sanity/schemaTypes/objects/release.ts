// One release of a film: where, when and how audiences can see it.
import { CalendarIcon } from '@sanity/icons/Calendar'
import { defineField, defineType } from 'sanity'
import { MEDIUMS, TERRITORIES } from './vocabulary.ts'

export const release = defineType({
  name: 'release',
  title: 'Release',
  type: 'object',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'territory',
      title: 'Territory',
      type: 'string',
      options: { list: TERRITORIES },
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'date', title: 'Date', type: 'date', validation: (rule) => rule.required() }),
    defineField({
      name: 'medium',
      title: 'Medium',
      type: 'string',
      options: { list: MEDIUMS, layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'platform',
      title: 'Platform',
      type: 'string',
      description: 'e.g. Netflix, Prime Video (streaming and home releases).',
    }),
  ],
  preview: {
    select: { territory: 'territory', date: 'date', medium: 'medium', platform: 'platform' },
    prepare: ({ territory, date, medium, platform }) => ({
      title: [territory, medium, platform].filter(Boolean).join(' · '),
      subtitle: date,
    }),
  },
})
