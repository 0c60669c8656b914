// The font tiers: app/fonts.ts declares exactly the unicode-ranges the subset script cuts to, the tiers do not
// overlap (so one face answers for each character), and together they cover what @fontsource's latin and
// latin-ext files did, so no character the old fonts drew falls back to a system font.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { codePointsOf, type Tier, UNICODE_RANGES } from '#scripts/fonts/faces.ts'

const ROOT = resolve(import.meta.dirname, '../../..')
const FONTSOURCE_LATIN =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD'

describe('font tiers', () => {
  it('app/fonts.ts uses the unicode-ranges the script cuts to, and only those', () => {
    const source = readFileSync(join(ROOT, 'app/fonts.ts'), 'utf8')
    const declared = new Set(
      [...source.matchAll(/prop: 'unicode-range',\s*value:\s*'([^']+)'/g)].map((m) => m[1]),
    )
    expect(declared).toEqual(new Set(Object.values(UNICODE_RANGES)))
  })

  it('gives each character to one tier', () => {
    const owner = new Map<number, Tier>()
    const tiers: readonly Tier[] = ['core', 'latin', 'latinExt']
    for (const tier of tiers) {
      for (const point of codePointsOf(UNICODE_RANGES[tier])) {
        expect(owner.get(point), `U+${point.toString(16)}`).toBeUndefined()
        owner.set(point, tier)
      }
    }
  })

  it('covers the printable part of what the @fontsource latin files did', () => {
    const covered = new Set(Object.values(UNICODE_RANGES).flatMap(codePointsOf))
    const printable = codePointsOf(FONTSOURCE_LATIN).filter(
      (point) => point >= 0x20 && point !== 0x7f && !(point >= 0x80 && point < 0xa0),
    )
    const missing = printable.filter((point) => !covered.has(point))
    // Combining marks the latin file lists for its composed letters, and the BOM and replacement character.
    expect(missing.map((point) => point.toString(16))).toEqual(['304', '308', '329', 'feff', 'fffd'])
  })

  it('keeps the characters of the demo magazine’s stories in the core tier', () => {
    const core = new Set(codePointsOf(UNICODE_RANGES.core))
    for (const text of [
      'Timothée Chalamet',
      'Stellan Skarsgård',
      'Ludwig Göransson',
      'Sacré-Cœur',
      '“It’s—”…',
    ]) {
      for (const character of text) expect(core.has(character.codePointAt(0) ?? 0), character).toBe(true)
    }
  })
})
