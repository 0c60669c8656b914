// Lists of stories: the home page, section pages (paginated) and tag pages (paginated).

import { z } from 'zod'
import { listTag, SUBJECT } from '../cache-tags.ts'
import {
  articleCardProjection,
  articleCardSchema,
  publishedStoryFilter,
  titledLinkSchema,
} from './fragments.ts'

/** Stories per listing page. */
export const PAGE_SIZE = 12

/** Home: candidates for the lead, latest reviews and latest news/features (the page removes the lead). */
export const homeQuery = {
  name: 'home',
  tags: [listTag('story')],
  query: /* groq */ `{
    "lead": *[${publishedStoryFilter} && defined(heroImage.asset)] | order(publishedAt desc)[0]${articleCardProjection},
    "reviews": *[${publishedStoryFilter} && _type == "review"] | order(publishedAt desc)[0...7]${articleCardProjection},
    "stories": *[${publishedStoryFilter} && _type == "article"] | order(publishedAt desc)[0...9]${articleCardProjection}
  }`,
  schema: z.object({
    lead: articleCardSchema.nullable(),
    reviews: z.array(articleCardSchema),
    stories: z.array(articleCardSchema),
  }),
}
export type Home = z.infer<typeof homeQuery.schema>

const sectionSchema = z.object({
  _id: z.string(),
  title: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
})
export type Section = z.infer<typeof sectionSchema>

// Reviews belong to the reviews section by type, whatever their section reference says (see lib/urls.ts).
const inSection = /* groq */ `(section._ref == ^._id || (^.slug.current == "reviews" && _type == "review"))`

/** One page of a section. `$start`/`$end` are the slice bounds of the page. */
export const sectionPageQuery = {
  name: 'sectionPage',
  subject: SUBJECT.section,
  tags: [listTag('story')],
  query: /* groq */ `*[_type == "section" && slug.current == $slug][0]{
    _id,
    title,
    "slug": slug.current,
    description,
    "total": count(*[${publishedStoryFilter} && ${inSection}]),
    "stories": *[${publishedStoryFilter} && ${inSection}] | order(publishedAt desc)[$start...$end]${articleCardProjection}
  }`,
  schema: sectionSchema
    .extend({
      total: z.number(),
      stories: z.array(articleCardSchema),
    })
    .nullable(),
}
export type SectionPage = NonNullable<z.infer<typeof sectionPageQuery.schema>>

export const sectionSlugsQuery = {
  name: 'sectionSlugs',
  tags: [listTag('section')],
  query: /* groq */ `*[_type == "section" && defined(slug.current)] | order(title asc){title, "slug": slug.current}`,
  schema: z.array(titledLinkSchema),
}

/** One page of a tag's stories. */
export const tagPageQuery = {
  name: 'tagPage',
  subject: SUBJECT.tag,
  tags: [listTag('story')],
  query: /* groq */ `*[_type == "tag" && slug.current == $slug][0]{
    _id,
    title,
    "slug": slug.current,
    "total": count(*[${publishedStoryFilter} && ^._id in tags[]._ref]),
    "stories": *[${publishedStoryFilter} && ^._id in tags[]._ref] | order(publishedAt desc)[$start...$end]${articleCardProjection}
  }`,
  schema: z
    .object({
      _id: z.string(),
      title: z.string(),
      slug: z.string(),
      total: z.number(),
      stories: z.array(articleCardSchema),
    })
    .nullable(),
}
export type TagPage = NonNullable<z.infer<typeof tagPageQuery.schema>>

/** The slice bounds for page `page` (1-based) of a listing. */
export function pageBounds(page: number, pageSize: number = PAGE_SIZE): { start: number; end: number } {
  const start = (page - 1) * pageSize
  return { start, end: start + pageSize }
}
