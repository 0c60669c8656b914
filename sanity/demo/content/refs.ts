// Helpers for the small shapes every document uses: ids, references, slugs and figures.
import type { Art } from '../art/schema.ts'
import type { Figure, Hotspot, Ref, Slug } from './model.ts'

/** Generated art carries this credit; only the Ballerina review's inline image names the studio. */
export const MARQUEE_CREDIT = 'Credit: Marquee illustration'

export type IdPrefix = 'review' | 'article' | 'film' | 'person' | 'franchise' | 'author' | 'tag' | 'section'

/** Demo ids follow `<type>-<slug>` (CONTENT-MODEL.md). */
export function id(prefix: IdPrefix, slugValue: string): string {
  return `${prefix}-${slugValue}`
}

export function ref(prefix: IdPrefix, slugValue: string): Ref {
  return { _type: 'reference', _ref: id(prefix, slugValue) }
}

export function refs(prefix: IdPrefix, slugs: readonly string[]): Ref[] {
  return slugs.map((slugValue) => ref(prefix, slugValue))
}

export function slug(current: string): Slug {
  return { _type: 'slug', current }
}

export type FigureOptions = { caption?: string; credit?: string; hotspot?: Omit<Hotspot, '_type'> }

export function figure(art: Art, alt: string, options: FigureOptions = {}): Figure {
  const { caption, credit = MARQUEE_CREDIT, hotspot } = options
  return {
    _type: 'image',
    art,
    alt,
    ...(caption === undefined ? {} : { caption }),
    credit,
    ...(hotspot === undefined ? {} : { hotspot: { _type: 'sanity.imageHotspot', ...hotspot } }),
  }
}

/** An ISO datetime in UTC from a day and a time, e.g. at('2025-06-04', '09:30'). */
export function at(day: string, time = '09:00'): string {
  return `${day}T${time}:00.000Z`
}
