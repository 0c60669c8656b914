// Site-wide settings: title, navigation and social handles (header and footer), and the section list.

import { z } from 'zod'
import { docTag, listTag } from '../cache-tags.ts'
import { figureProjection, figureSchema, titledLinkSchema } from './fragments.ts'

const navItemSchema = z.object({ label: z.string(), href: z.string() })
export type NavItem = z.infer<typeof navItemSchema>

const socialSchema = z.object({
  x: z.string().nullish(),
  bluesky: z.string().nullish(),
  threads: z.string().nullish(),
  facebook: z.string().nullish(),
  instagram: z.string().nullish(),
})
export type Social = z.infer<typeof socialSchema>

export const siteSettingsQuery = {
  name: 'siteSettings',
  tags: [docTag('siteSettings'), listTag('section')],
  query: /* groq */ `{
    "settings": *[_id == "siteSettings"][0]{
      title,
      description,
      social,
      "navigation": coalesce(navigation[]{label, href}, []),
      "defaultShareImage": defaultShareImage${figureProjection}
    },
    "sections": *[_type == "section" && defined(slug.current)] | order(title asc){title, "slug": slug.current}
  }`,
  schema: z.object({
    settings: z
      .object({
        title: z.string().nullable(),
        description: z.string().nullable(),
        social: socialSchema.nullable(),
        navigation: z.array(navItemSchema),
        defaultShareImage: figureSchema.nullable(),
      })
      .nullable(),
    sections: z.array(titledLinkSchema),
  }),
}
export type SiteSettings = z.infer<typeof siteSettingsQuery.schema>
