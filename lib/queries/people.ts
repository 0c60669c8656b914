// People in films and the magazine's own writers.

import { z } from 'zod'
import { listTag, SUBJECT } from '../cache-tags.ts'
import {
  articleCardProjection,
  articleCardSchema,
  figureProjection,
  figureSchema,
  publishedStoryFilter,
} from './fragments.ts'

const filmCreditSchema = z.object({
  title: z.string(),
  slug: z.string(),
  year: z.string().nullable(),
  character: z.string().nullable(),
})
export type FilmCredit = z.infer<typeof filmCreditSchema>

/** A person: their films (directed, written, acted in) and every story about them or their films. */
export const personPageQuery = {
  name: 'personPage',
  subject: SUBJECT.person,
  tags: [listTag('film'), listTag('story')],
  query: /* groq */ `*[_type == "person" && slug.current == $slug][0]{
    _id,
    name,
    "slug": slug.current,
    bio,
    knownFor,
    "portrait": portrait${figureProjection},
    "films": *[_type == "film" && defined(slug.current) && references(^._id)] | order(releases[0].date desc){
      title,
      "slug": slug.current,
      "year": releases[0].date,
      "character": cast[person._ref == ^.^._id][0].character
    },
    "stories": *[${publishedStoryFilter} && (
      ^._id in people[]._ref ||
      film._ref in *[_type == "film" && references(^.^._id)]._id
    )] | order(publishedAt desc)[0...24]${articleCardProjection}
  }`,
  schema: z
    .object({
      _id: z.string(),
      name: z.string(),
      slug: z.string(),
      bio: z.string().nullable(),
      knownFor: z.string().nullable(),
      portrait: figureSchema.nullable(),
      films: z.array(filmCreditSchema),
      stories: z.array(articleCardSchema),
    })
    .nullable(),
}
export type PersonPage = NonNullable<z.infer<typeof personPageQuery.schema>>

const authorLinkSchema = z.object({ label: z.string(), url: z.string() })

/** An author and their stories, newest first. */
export const authorPageQuery = {
  name: 'authorPage',
  subject: SUBJECT.author,
  tags: [listTag('story')],
  query: /* groq */ `*[_type == "author" && slug.current == $slug][0]{
    _id,
    name,
    "slug": slug.current,
    role,
    bio,
    "portrait": portrait${figureProjection},
    "links": coalesce(links[]{label, url}, []),
    "stories": *[${publishedStoryFilter} && ^._id in authors[]._ref] | order(publishedAt desc)[0...48]${articleCardProjection}
  }`,
  schema: z
    .object({
      _id: z.string(),
      name: z.string(),
      slug: z.string(),
      role: z.string().nullable(),
      bio: z.string().nullable(),
      portrait: figureSchema.nullable(),
      links: z.array(authorLinkSchema),
      stories: z.array(articleCardSchema),
    })
    .nullable(),
}
export type AuthorPage = NonNullable<z.infer<typeof authorPageQuery.schema>>
