// Each film's visual identity (palette, poster motif, scenes) and the figures drawn from it, so a
// review's hero image and the film's stills come from the same picture.
import { createHash } from 'node:crypto'
import type { Palette, PosterMotif, Scene } from '../art/schema.ts'
import type { Figure } from './model.ts'
import { type FigureOptions, figure } from './refs.ts'

export type FilmLook = {
  title: string
  subtitle?: string
  year: number
  creditLine: string
  motif: PosterMotif
  palette: Palette
  /** stills cycle through these scenes */
  scenes: readonly Scene[]
}

export function posterOf(look: FilmLook, alt: string): Figure {
  const { title, subtitle, year, creditLine, motif, palette } = look
  return figure(
    {
      kind: 'poster',
      title,
      ...(subtitle === undefined ? {} : { subtitle }),
      year,
      creditLine,
      motif,
      palette,
    },
    alt,
  )
}

const FIGURES_BY_STILL = [2, 1, 0, 3]

/** Still number `index` of a film: the same index always gives the same picture. */
export function stillOf(look: FilmLook, index: number, alt: string, options?: FigureOptions): Figure {
  const scene = look.scenes[index % look.scenes.length] ?? 'desert'
  const figures = FIGURES_BY_STILL[index % FIGURES_BY_STILL.length] ?? 0
  return figure(
    {
      kind: 'still',
      scene,
      seed: `${look.title} ${look.year} still ${index}`,
      figures,
      palette: look.palette,
    },
    alt,
    options,
  )
}

export function coverOf(
  kicker: string,
  look: Pick<FilmLook, 'palette' | 'scenes'>,
  alt: string,
  options?: FigureOptions,
): Figure {
  const scene = look.scenes[0] ?? 'city'
  return figure({ kind: 'cover', kicker, scene, seed: kicker, palette: look.palette }, alt, options)
}

const PORTRAIT_PALETTES: readonly Palette[] = [
  { deep: '#1d2b4f', glow: '#f3d9a4', accent: '#3f6fb5', ink: '#fffaf0' },
  { deep: '#3a1424', glow: '#ffc7b0', accent: '#b8434f', ink: '#fff5f0' },
  { deep: '#12332b', glow: '#d8f0c8', accent: '#2f8a6a', ink: '#f5fff8' },
  { deep: '#2f2140', glow: '#e7d2ff', accent: '#7d55b8', ink: '#fbf7ff' },
  { deep: '#3d2a0e', glow: '#ffe6a1', accent: '#c48a1e', ink: '#fffaf0' },
  { deep: '#102f3a', glow: '#bdeff7', accent: '#2d8fa8', ink: '#f3fdff' },
]

function initialsOf(name: string): string {
  const parts = name
    .replace(/[^\p{L}\s-]/gu, '')
    .split(/[\s-]+/)
    .filter(Boolean)
  const first = parts[0]?.[0] ?? '?'
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : ''
  return `${first}${last}`.toUpperCase()
}

/** An initials portrait whose colours are picked from the name, so each person keeps theirs. */
export function portraitOf(name: string, size: 'small' | 'large', alt?: string): Figure {
  const index = createHash('sha1').update(name).digest().readUInt8(0) % PORTRAIT_PALETTES.length
  const palette = PORTRAIT_PALETTES[index] ?? PORTRAIT_PALETTES[0]
  if (!palette) throw new Error('No portrait palettes defined')
  return figure(
    { kind: 'portrait', initials: initialsOf(name), size, palette },
    alt ?? `Illustrated portrait of ${name}: the initials ${initialsOf(name)} on a coloured background`,
  )
}
