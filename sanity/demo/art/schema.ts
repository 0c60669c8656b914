// The recipes for every picture in the demo magazine. Art is data (validated here) so the dataset
// builder can find it anywhere in a document and render it deterministically.
import { z } from 'zod'

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i)

export const paletteSchema = z.object({
  /** darkest tone: night sky, shadows, poster base */
  deep: hexColour,
  /** bright tone: horizon glow, sun, highlights */
  glow: hexColour,
  /** the film's signature colour for shapes */
  accent: hexColour,
  /** text colour on top of the art */
  ink: hexColour,
})

export const sceneSchema = z.enum(['desert', 'city', 'sea', 'stage', 'forest', 'road', 'interior', 'blast'])

export const posterMotifSchema = z.enum([
  'sun',
  'rings',
  'stripes',
  'diagonal',
  'grid',
  'arch',
  'shards',
  'moon',
  'pair',
  'neon',
  'waves',
])

const posterSchema = z.object({
  kind: z.literal('poster'),
  title: z.string().min(1),
  subtitle: z.string().optional(),
  year: z.number().int(),
  creditLine: z.string(),
  motif: posterMotifSchema,
  palette: paletteSchema,
})

const stillSchema = z.object({
  kind: z.literal('still'),
  scene: sceneSchema,
  /** varies the random layout so two stills of one scene differ */
  seed: z.string(),
  figures: z.number().int().min(0).max(4),
  palette: paletteSchema,
})

const portraitSchema = z.object({
  kind: z.literal('portrait'),
  initials: z.string().min(1).max(3),
  size: z.enum(['small', 'large']),
  palette: paletteSchema,
})

const coverSchema = z.object({
  kind: z.literal('cover'),
  /** one or two big words over the scene, e.g. 'RANKED' */
  kicker: z.string().min(1),
  scene: sceneSchema,
  seed: z.string(),
  palette: paletteSchema,
})

export const artSchema = z.discriminatedUnion('kind', [
  posterSchema,
  stillSchema,
  portraitSchema,
  coverSchema,
])

export type Palette = z.infer<typeof paletteSchema>
export type Scene = z.infer<typeof sceneSchema>
export type PosterMotif = z.infer<typeof posterMotifSchema>
export type Art = z.infer<typeof artSchema>
export type PosterArt = z.infer<typeof posterSchema>
export type StillArt = z.infer<typeof stillSchema>
export type PortraitArt = z.infer<typeof portraitSchema>
export type CoverArt = z.infer<typeof coverSchema>
