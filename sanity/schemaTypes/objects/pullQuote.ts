// A quotation set large in the body of a story.
import { BlockquoteIcon } from '@sanity/icons/Blockquote'
import { defineField, defineType } from 'sanity'

export const pullQuote = defineType({
  name: 'pullQuote',
  title: 'Pull quote',
  type: 'object',
  icon: BlockquoteIcon,
  fields: [
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'attribution', title: 'Attribution', type: 'string' }),
  ],
  preview: {
    select: { text: 'text', attribution: 'attribution' },
    prepare: ({ text, attribution }) => ({
      title: text ? `“${text}”` : 'Pull quote',
      subtitle: attribution ? `— ${attribution}` : undefined,
    }),
  },
})
