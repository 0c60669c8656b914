// One story (review or article) for its page, and the slugs to prerender.

import { z } from 'zod'
import { listTag, SUBJECT } from '../cache-tags.ts'
import { bodyProjection, bodySchema } from './body.ts'
import { filmFactsProjection, filmFactsSchema } from './film.ts'
import {
  articleCardFields,
  articleCardSchema,
  figureProjection,
  figureSchema,
  publishedStoryFilter,
  titledLinkSchema,
} from './fragments.ts'

const bylineSchema = z.object({
  name: z.string(),
  slug: z.string(),
  role: z.string().nullable(),
})
export type Byline = z.infer<typeof bylineSchema>

export const articleQuery = {
  name: 'article',
  subject: SUBJECT.story,
  query: /* groq */ `*[${publishedStoryFilter} && slug.current == $slug] | order(publishedAt desc)[0]{
    ${articleCardFields},
    "authors": coalesce(authors[]->{name, "slug": slug.current, role}, []),
    updatedAt,
    verdict,
    "spoilers": spoilers == true,
    "films": select(
      _type == "review" => [film->${filmFactsProjection}],
      coalesce(films[]->${filmFactsProjection}, [])
    ),
    "people": coalesce(people[]->{name, "slug": slug.current}, []),
    "tags": coalesce(tags[]->{title, "slug": slug.current}, []),
    "body": ${bodyProjection},
    "seo": seo{title, description, "shareImage": shareImage${figureProjection}}
  }`,
  schema: articleCardSchema
    .extend({
      authors: z.array(bylineSchema.nullable()).transform((list) => list.filter((item) => item !== null)),
      updatedAt: z.string().nullable(),
      verdict: z.string().nullable(),
      spoilers: z.boolean(),
      films: z.array(filmFactsSchema.nullable()).transform((list) => list.filter((item) => item !== null)),
      people: z
        .array(z.object({ name: z.string(), slug: z.string() }).nullable())
        .transform((list) => list.filter((item) => item !== null)),
      tags: z.array(titledLinkSchema.nullable()).transform((list) => list.filter((item) => item !== null)),
      body: bodySchema,
      seo: z
        .object({
          title: z.string().nullable(),
          description: z.string().nullable(),
          shareImage: figureSchema.nullable(),
        })
        .nullable(),
    })
    .nullable(),
}
export type Article = NonNullable<z.infer<typeof articleQuery.schema>>

/** Recent stories to prerender at build time; the rest render on first request and are then cached. */
export const recentStoryPathsQuery = {
  name: 'recentStoryPaths',
  tags: [listTag('story')],
  query: /* groq */ `*[${publishedStoryFilter}] | order(publishedAt desc)[0...$limit]{
    _type,
    "slug": slug.current,
    "section": section->{"slug": slug.current}
  }`,
  schema: z.array(
    z.object({
      _type: z.string(),
      slug: z.string(),
      section: z.object({ slug: z.string() }).nullable(),
    }),
  ),
}
