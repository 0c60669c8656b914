// The Portable Text body: blocks pass through as they are stored; inline images get their asset resolved.
// Each custom block type has its own schema here, so its renderer receives exactly this shape.
import { z } from 'zod'
import { figureProjection, figureSchema } from './fragments.ts'

export const bodyProjection = /* groq */ `body[]{
  ...,
  _type == "image" => ${figureProjection}
}`

const spanSchema = z.looseObject({
  _type: z.string(),
  _key: z.string().optional(),
  text: z.string().optional(),
  marks: z.array(z.string()).optional(),
})

export const linkMarkSchema = z.object({
  _type: z.literal('link'),
  _key: z.string(),
  href: z.string().nullish(),
})

export const textBlockSchema = z.looseObject({
  _type: z.literal('block'),
  _key: z.string(),
  style: z.string().optional(),
  listItem: z.string().optional(),
  level: z.number().optional(),
  children: z.array(spanSchema),
  markDefs: z.array(z.looseObject({ _type: z.string(), _key: z.string() })).optional(),
})

export const bodyImageSchema = figureSchema.extend({ _type: z.literal('image'), _key: z.string() })
export type BodyImage = z.infer<typeof bodyImageSchema>

export const pullQuoteSchema = z.object({
  _type: z.literal('pullQuote'),
  _key: z.string(),
  text: z.string(),
  attribution: z.string().nullish(),
})
export type PullQuote = z.infer<typeof pullQuoteSchema>

export const videoEmbedSchema = z.object({
  _type: z.literal('videoEmbed'),
  _key: z.string(),
  url: z.string(),
  caption: z.string().nullish(),
})
export type VideoEmbed = z.infer<typeof videoEmbedSchema>

export const releaseInfoSchema = z.object({
  _type: z.literal('releaseInfo'),
  _key: z.string(),
  title: z.string(),
  medium: z.enum(['cinema', 'streaming', 'home']),
  territory: z.string(),
  date: z.string(),
  platform: z.string().nullish(),
})
export type ReleaseInfo = z.infer<typeof releaseInfoSchema>

/** Block types the site does not know yet are kept (and skipped by the renderer), not rejected. */
const unknownBlockSchema = z.looseObject({ _type: z.string(), _key: z.string().optional() })

export const bodySchema = z
  .array(
    z.union([
      textBlockSchema,
      bodyImageSchema,
      pullQuoteSchema,
      videoEmbedSchema,
      releaseInfoSchema,
      unknownBlockSchema,
    ]),
  )
  .nullable()
  .transform((blocks) => blocks ?? [])
export type Body = z.infer<typeof bodySchema>
