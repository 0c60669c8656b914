// A YouTube or Vimeo video in the body of a story (https only).
import { PlayIcon } from '@sanity/icons/Play'
import { defineField, defineType } from 'sanity'
import { validateVideoUrl } from '../validation/url.ts'

export const videoEmbed = defineType({
  name: 'videoEmbed',
  title: 'Video',
  type: 'object',
  icon: PlayIcon,
  fields: [
    defineField({
      name: 'url',
      title: 'YouTube or Vimeo URL',
      type: 'url',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['https'] })
          .custom(validateVideoUrl),
    }),
    defineField({ name: 'caption', title: 'Caption', type: 'string' }),
  ],
  preview: {
    select: { url: 'url', caption: 'caption' },
    prepare: ({ url, caption }) => ({ title: caption ?? 'Video', subtitle: url }),
  },
})
