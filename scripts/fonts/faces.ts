// The faces the reader site draws with, cut from the @fontsource-variable packages down to the weights the
// design uses, each in three character tiers that app/fonts.ts declares with matching `unicode-range`s, so a
// page downloads a tier only when its text has such a character:
// - core: what the site's text is written in: ASCII less the programmer's brackets and symbols (headlines do use |), the
//   interface's middle dot and copyright sign, the typography every story has (curly quotes, dashes,
//   ellipsis) and the lower-case accented letters of names in its stories (Timothée, Skarsgård, Göransson,
//   Cœur). Preloaded where it is above the fold.
// - latin: the rest of ASCII and Latin-1 (capital accented letters, symbols) and of what @fontsource's latin file covers.
// - latinExt: Latin Extended (Ōzu, Kieślowski), from @fontsource's latin-ext file.
//
// Weights, measured in woff2 bytes of the core tier:
// - Fraunces upright: headings use 600-700 only, so the variable font keeps that slice of its axis (~19 KB).
// - Fraunces italic: the verdict (400) and pull quotes (560): the 400-560 slice (~24 KB) beats two statics (~30 KB).
// - Source Serif 4: body 400, <strong> 700, <em> italic 400: three static files (~10 KB each), each downloaded only
//   by a page that draws it, where the variable upright and italic weighed ~100 KB.
// - Inter: the interface uses 400, 600, 650 and 700: the 400-700 slice (~13 KB) beats four statics.
// Only kerning and standard ligatures are kept: the design uses no other OpenType feature.

export type Tier = 'core' | 'latin' | 'latinExt'

/** Keep in step with the `unicode-range` literals in app/fonts.ts (tests/unit/site/fonts.test.ts checks it). */
export const UNICODE_RANGES: Record<Tier, string> = {
  core: 'U+0020-003B, U+003D, U+003F-005A, U+0061-007A, U+007C, U+00A0, U+00A9, U+00B7, U+00E0-00E1, U+00E4-00E5, U+00E7-00E9, U+00ED, U+00F1, U+00F3, U+00F6, U+00FA, U+00FC, U+0153, U+2013-2014, U+2018-2019, U+201C-201D, U+2026',
  latin:
    'U+003C, U+003E, U+005B-0060, U+007B, U+007D-007E, U+00A1-00A8, U+00AA-00B6, U+00B8-00DF, U+00E2-00E3, U+00E6, U+00EA-00EC, U+00EE-00F0, U+00F2, U+00F4-00F5, U+00F7-00F9, U+00FB, U+00FD-00FF, U+0131, U+0152, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-2012, U+2015-2017, U+201A-201B, U+201E-2025, U+2027-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215',
  latinExt:
    'U+0100-0130, U+0132-0151, U+0154-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+1E00-1EFF, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
}

/** Every code point a `unicode-range` list names. */
export function codePointsOf(ranges: string): number[] {
  const points: number[] = []
  for (const part of ranges.split(',')) {
    const match = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(part.trim())
    if (!match?.[1]) throw new Error(`not a unicode-range: ${part}`)
    const first = Number.parseInt(match[1], 16)
    const last = match[2] ? Number.parseInt(match[2], 16) : first
    for (let point = first; point <= last; point++) points.push(point)
  }
  return points
}

export interface Face {
  /** File name stem in generated/fonts: `{name}-{tier}.woff2`. */
  name: string
  /** @fontsource-variable package and file stem, e.g. `fraunces/files/fraunces` + `-latin-wght-normal.woff2`. */
  source: string
  style: 'normal' | 'italic'
  /** A weight to pin the axis at, or the slice of the axis to keep. */
  weight: number | { min: number; max: number }
}

export const FACES: readonly Face[] = [
  { name: 'fraunces', source: 'fraunces/files/fraunces', style: 'normal', weight: { min: 600, max: 700 } },
  {
    name: 'fraunces-italic',
    source: 'fraunces/files/fraunces',
    style: 'italic',
    weight: { min: 400, max: 560 },
  },
  { name: 'source-serif-4-400', source: 'source-serif-4/files/source-serif-4', style: 'normal', weight: 400 },
  { name: 'source-serif-4-700', source: 'source-serif-4/files/source-serif-4', style: 'normal', weight: 700 },
  {
    name: 'source-serif-4-italic',
    source: 'source-serif-4/files/source-serif-4',
    style: 'italic',
    weight: 400,
  },
  { name: 'inter', source: 'inter/files/inter', style: 'normal', weight: { min: 400, max: 700 } },
]

/** The @fontsource-variable file a tier is cut from: core and latin from the latin file, latinExt from latin-ext. */
export function sourceFile(face: Face, tier: Tier): string {
  const subset = tier === 'latinExt' ? 'latin-ext' : 'latin'
  return `node_modules/@fontsource-variable/${face.source}-${subset}-wght-${face.style}.woff2`
}
