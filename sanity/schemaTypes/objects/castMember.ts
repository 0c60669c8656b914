// A credited cast member; the cast array is ordered by billing.
import { UserIcon } from '@sanity/icons/User'
import { defineField, defineType } from 'sanity'

export const castMember = defineType({
  name: 'castMember',
  title: 'Cast member',
  type: 'object',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'person',
      title: 'Person',
      type: 'reference',
      to: [{ type: 'person' }],
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'character', title: 'Character', type: 'string' }),
  ],
  preview: {
    select: { name: 'person.name', character: 'character', portrait: 'person.portrait' },
    prepare: ({ name, character, portrait }) => ({
      title: name ?? 'Unknown person',
      subtitle: character ? `as ${character}` : undefined,
      media: portrait,
    }),
  },
})
