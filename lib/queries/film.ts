// Films: the facts box on articles and the film page with all coverage of the film.

import { z } from 'zod'
import { listTag, SUBJECT } from '../cache-tags.ts'
import {
  articleCardProjection,
  articleCardSchema,
  figureProjection,
  figureSchema,
  namedLinkSchema,
  publishedStoryFilter,
  titledLinkSchema,
} from './fragments.ts'

/** How many cast members the facts box shows (cast is stored in billing order). */
export const TOP_BILLED = 6

export const releaseSchema = z.object({
  territory: z.string(),
  date: z.string(),
  medium: z.string().nullable(),
  platform: z.string().nullable(),
})
export type Release = z.infer<typeof releaseSchema>

export const certificateSchema = z.object({
  territory: z.string(),
  body: z.string().nullable(),
  rating: z.string(),
})
export type Certificate = z.infer<typeof certificateSchema>

const castMemberSchema = z.object({
  character: z.string().nullable(),
  person: namedLinkSchema.nullable(),
})

const namedLinks = z
  .array(namedLinkSchema.nullable())
  .nullable()
  .transform((list) => (list ?? []).filter((item) => item !== null))

/** Everything the facts box needs about a film. */
const filmFactsFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  runtime,
  distributor,
  genres,
  synopsis,
  trailerUrl,
  releases[]{territory, date, medium, platform},
  certificates[]{territory, body, rating},
  "directors": directors[]->{name, "slug": slug.current},
  "writers": writers[]->{name, "slug": slug.current},
  "cast": cast[0...${TOP_BILLED}]{character, "person": person->{name, "slug": slug.current}},
  "franchise": franchise->{title, "slug": slug.current},
  "poster": poster${figureProjection}
`
export const filmFactsProjection = `{${filmFactsFields}}`

export const filmFactsSchema = z.object({
  _id: z.string(),
  title: z.string(),
  slug: z.string(),
  runtime: z.number().nullable(),
  distributor: z.string().nullable(),
  genres: z.array(z.string()).nullable(),
  synopsis: z.string().nullable(),
  trailerUrl: z.string().nullable(),
  releases: z.array(releaseSchema).nullable(),
  certificates: z.array(certificateSchema).nullable(),
  directors: namedLinks,
  writers: namedLinks,
  cast: z
    .array(castMemberSchema)
    .nullable()
    .transform((list) => list ?? []),
  franchise: titledLinkSchema.nullable(),
  poster: figureSchema.nullable(),
})
export type FilmFacts = z.infer<typeof filmFactsSchema>

export const filmPageQuery = {
  name: 'filmPage',
  subject: SUBJECT.film,
  tags: [listTag('story')],
  query: /* groq */ `*[_type == "film" && slug.current == $slug][0]{
    ${filmFactsFields},
    alternativeTitles,
    "stills": stills[]${figureProjection},
    "coverage": *[${publishedStoryFilter} && (film._ref == ^._id || ^._id in films[]._ref)]
      | order(publishedAt desc) ${articleCardProjection}
  }`,
  schema: filmFactsSchema
    .extend({
      alternativeTitles: z.array(z.string()).nullable(),
      stills: z.array(figureSchema).nullable(),
      coverage: z.array(articleCardSchema),
    })
    .nullable(),
}
export type FilmPage = NonNullable<z.infer<typeof filmPageQuery.schema>>

export const filmSlugsQuery = {
  name: 'filmSlugs',
  tags: [listTag('film')],
  query: /* groq */ `*[_type == "film" && defined(slug.current)].slug.current`,
  schema: z.array(z.string()),
}

/** Films per page of /films. */
export const FILMS_PER_PAGE = 48

const filmIndexFilter = /* groq */ `_type == "film" && defined(slug.current)`

const filmIndexEntrySchema = z.object({
  title: z.string(),
  slug: z.string(),
  year: z.string().nullable(),
  genres: z.array(z.string()).nullable(),
  poster: figureSchema.nullable(),
})

/** One page of every film, A to Z, for /films (`$start`/`$end`: pageBounds). */
export const filmIndexQuery = {
  name: 'filmIndex',
  tags: [listTag('film')],
  query: /* groq */ `{
    "total": count(*[${filmIndexFilter}]),
    "films": *[${filmIndexFilter}] | order(lower(title) asc)[$start...$end]{
      title,
      "slug": slug.current,
      "year": releases[0].date,
      genres,
      "poster": poster${figureProjection}
    }
  }`,
  schema: z.object({ total: z.number(), films: z.array(filmIndexEntrySchema) }),
}
export type FilmIndexEntry = z.infer<typeof filmIndexEntrySchema>
