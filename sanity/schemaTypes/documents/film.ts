// A film: facts for review pages (director, cast, runtime, certificates, releases) and for related stories.
import { PresentationIcon } from '@sanity/icons/Presentation'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { defineFigureField, defineFigureMember } from '../fields/figure.ts'
import { defineSlugField } from '../fields/slug.ts'
import { validateVideoUrl } from '../validation/url.ts'
import { filmYear } from './filmYear.ts'

function personRefs(name: string, title: string, group: string) {
  return defineField({
    name,
    title,
    type: 'array',
    group,
    of: [defineArrayMember({ type: 'reference', to: [{ type: 'person' }] })],
    validation: (rule) => rule.unique(),
  })
}

export const film = defineType({
  name: 'film',
  title: 'Film',
  type: 'document',
  icon: PresentationIcon,
  groups: [
    { name: 'facts', title: 'Facts', default: true },
    { name: 'credits', title: 'Credits' },
    { name: 'releases', title: 'Releases' },
    { name: 'media', title: 'Media' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'facts',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'alternativeTitles',
      title: 'Alternative titles',
      type: 'array',
      group: 'facts',
      of: [defineArrayMember({ type: 'string' })],
    }),
    defineSlugField('title', 'facts'),
    defineField({
      name: 'releases',
      title: 'Releases',
      type: 'array',
      group: 'releases',
      of: [defineArrayMember({ type: 'release' })],
    }),
    defineField({
      name: 'runtime',
      title: 'Runtime (minutes)',
      type: 'number',
      group: 'facts',
      validation: (rule) => rule.integer().positive().max(1000),
    }),
    defineField({
      name: 'certificates',
      title: 'Certificates',
      type: 'array',
      group: 'releases',
      of: [defineArrayMember({ type: 'certificate' })],
    }),
    personRefs('directors', 'Directors', 'credits'),
    personRefs('writers', 'Writers', 'credits'),
    defineField({
      name: 'cast',
      title: 'Cast',
      type: 'array',
      group: 'credits',
      description: 'In billing order.',
      of: [defineArrayMember({ type: 'castMember' })],
    }),
    defineField({ name: 'distributor', title: 'Distributor', type: 'string', group: 'releases' }),
    defineField({
      name: 'franchise',
      title: 'Franchise',
      type: 'reference',
      group: 'facts',
      to: [{ type: 'franchise' }],
    }),
    defineField({
      name: 'genres',
      title: 'Genres',
      type: 'array',
      group: 'facts',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) => rule.unique(),
    }),
    defineFigureField({ name: 'poster', title: 'Poster', group: 'media' }),
    defineField({
      name: 'stills',
      title: 'Stills',
      type: 'array',
      group: 'media',
      of: [defineFigureMember()],
      options: { layout: 'grid' },
    }),
    defineField({ name: 'synopsis', title: 'Synopsis', type: 'text', rows: 4, group: 'facts' }),
    defineField({
      name: 'trailerUrl',
      title: 'Trailer (YouTube or Vimeo)',
      type: 'url',
      group: 'media',
      validation: (rule) => rule.uri({ scheme: ['https'] }).custom(validateVideoUrl),
    }),
  ],
  preview: {
    select: {
      title: 'title',
      date0: 'releases.0.date',
      date1: 'releases.1.date',
      date2: 'releases.2.date',
      media: 'poster',
    },
    prepare: ({ title, date0, date1, date2, media }) => ({
      title: title ?? 'Untitled film',
      subtitle: filmYear([date0, date1, date2]),
      media,
    }),
  },
})
