// The Portable Text `body` of reviews and articles (see CONTENT-MODEL.md for the allowed marks and blocks).
import { defineArrayMember, defineType } from 'sanity'
import { defineFigureMember } from '../fields/figure.ts'

export const richText = defineType({
  name: 'richText',
  title: 'Body',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading 2', value: 'h2' },
        { title: 'Heading 3', value: 'h3' },
        { title: 'Quote', value: 'blockquote' },
      ],
      lists: [
        { title: 'Bullet', value: 'bullet' },
        { title: 'Numbered', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Strong', value: 'strong' },
          { title: 'Emphasis', value: 'em' },
        ],
        annotations: [{ type: 'link' }],
      },
    }),
    defineFigureMember(),
    defineArrayMember({ type: 'pullQuote' }),
    defineArrayMember({ type: 'videoEmbed' }),
    defineArrayMember({ type: 'releaseInfo' }),
  ],
})
