// A release line in the body: "Ballerina is out in UK cinemas on 6 June."
import { CalendarIcon } from '@sanity/icons/Calendar'
import { defineField, defineType } from 'sanity'
import { MEDIUMS, TERRITORIES } from './vocabulary.ts'

export const releaseInfo = defineType({
  name: 'releaseInfo',
  title: 'Release line',
  type: 'object',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Film title',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'medium',
      title: 'Medium',
      type: 'string',
      options: { list: MEDIUMS, layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'territory',
      title: 'Territory',
      type: 'string',
      options: { list: TERRITORIES },
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'date', title: 'Date', type: 'date', validation: (rule) => rule.required() }),
    defineField({ name: 'platform', title: 'Platform', type: 'string' }),
  ],
  preview: {
    select: { title: 'title', medium: 'medium', territory: 'territory', date: 'date', platform: 'platform' },
    prepare: ({ title, medium, territory, date, platform }) => ({
      title: title ?? 'Release line',
      subtitle: [territory, medium, platform, date].filter(Boolean).join(' · '),
    }),
  },
})
