// The site's three families (Fraunces for display, Source Serif 4 for text, Inter for the interface), served from
// files scripts/fonts/subset-fonts.ts cuts before every build into generated/fonts (see scripts/fonts/faces.ts
// for the cuts and the three character tiers). Each family is one CSS family spread over several calls, so that
// only the core upright files the first screen draws are preloaded, and a tier or style downloads only when a
// page draws it. The first call of each family carries next/font's metric-matched fallback
// ('… Fallback': a local Times New Roman or Arial with size and line metrics adjusted), so text does not move
// when the web font arrives. next/font takes only literals, so the unicode-range strings repeat
// UNICODE_RANGES from scripts/fonts/faces.ts (tests/unit/site/fonts.test.ts keeps them in step).
import localFont from 'next/font/local'
import type { CSSProperties } from 'react'

/** The family names the @font-face rules below declare (next/font keeps a `font-family` given in declarations). */
const FAMILIES = { display: 'Marquee Display', text: 'Marquee Text', interface: 'Marquee Interface' } as const

export const displayCore = localFont({
  src: [{ path: '../generated/fonts/fraunces-core.woff2', weight: '600 700', style: 'normal' }],
  declarations: [
    { prop: 'font-family', value: "'Marquee Display'" },
    {
      prop: 'unicode-range',
      value:
        'U+0020-003B, U+003D, U+003F-005A, U+0061-007A, U+007C, U+00A0, U+00A9, U+00B7, U+00E0-00E1, U+00E4-00E5, U+00E7-00E9, U+00ED, U+00F1, U+00F3, U+00F6, U+00FA, U+00FC, U+0153, U+2013-2014, U+2018-2019, U+201C-201D, U+2026',
    },
  ],
  display: 'swap',
  preload: true,
  adjustFontFallback: 'Times New Roman',
  variable: '--font-display-core',
})

export const displayItalicCore = localFont({
  src: [{ path: '../generated/fonts/fraunces-italic-core.woff2', weight: '400 560', style: 'italic' }],
  declarations: [
    { prop: 'font-family', value: "'Marquee Display'" },
    {
      prop: 'unicode-range',
      value:
        'U+0020-003B, U+003D, U+003F-005A, U+0061-007A, U+007C, U+00A0, U+00A9, U+00B7, U+00E0-00E1, U+00E4-00E5, U+00E7-00E9, U+00ED, U+00F1, U+00F3, U+00F6, U+00FA, U+00FC, U+0153, U+2013-2014, U+2018-2019, U+201C-201D, U+2026',
    },
  ],
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  variable: '--font-display-italic-core',
})

export const displayLatin = localFont({
  src: [
    { path: '../generated/fonts/fraunces-latin.woff2', weight: '600 700', style: 'normal' },
    { path: '../generated/fonts/fraunces-italic-latin.woff2', weight: '400 560', style: 'italic' },
  ],
  declarations: [
    { prop: 'font-family', value: "'Marquee Display'" },
    {
      prop: 'unicode-range',
      value:
        'U+003C, U+003E, U+005B-0060, U+007B, U+007D-007E, U+00A1-00A8, U+00AA-00B6, U+00B8-00DF, U+00E2-00E3, U+00E6, U+00EA-00EC, U+00EE-00F0, U+00F2, U+00F4-00F5, U+00F7-00F9, U+00FB, U+00FD-00FF, U+0131, U+0152, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-2012, U+2015-2017, U+201A-201B, U+201E-2025, U+2027-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215',
    },
  ],
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  variable: '--font-display-latin',
})

export const displayLatinExt = localFont({
  src: [
    { path: '../generated/fonts/fraunces-latinExt.woff2', weight: '600 700', style: 'normal' },
    { path: '../generated/fonts/fraunces-italic-latinExt.woff2', weight: '400 560', style: 'italic' },
  ],
  declarations: [
    { prop: 'font-family', value: "'Marquee Display'" },
    {
      prop: 'unicode-range',
      value:
        'U+0100-0130, U+0132-0151, U+0154-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+1E00-1EFF, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
    },
  ],
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  variable: '--font-display-latin-ext',
})

export const textCore = localFont({
  src: [{ path: '../generated/fonts/source-serif-4-400-core.woff2', weight: '400', style: 'normal' }],
  declarations: [
    { prop: 'font-family', value: "'Marquee Text'" },
    {
      prop: 'unicode-range',
      value:
        'U+0020-003B, U+003D, U+003F-005A, U+0061-007A, U+007C, U+00A0, U+00A9, U+00B7, U+00E0-00E1, U+00E4-00E5, U+00E7-00E9, U+00ED, U+00F1, U+00F3, U+00F6, U+00FA, U+00FC, U+0153, U+2013-2014, U+2018-2019, U+201C-201D, U+2026',
    },
  ],
  display: 'swap',
  preload: true,
  adjustFontFallback: 'Times New Roman',
  variable: '--font-text-core',
})

export const textStylesCore = localFont({
  src: [
    { path: '../generated/fonts/source-serif-4-700-core.woff2', weight: '700', style: 'normal' },
    { path: '../generated/fonts/source-serif-4-italic-core.woff2', weight: '400', style: 'italic' },
  ],
  declarations: [
    { prop: 'font-family', value: "'Marquee Text'" },
    {
      prop: 'unicode-range',
      value:
        'U+0020-003B, U+003D, U+003F-005A, U+0061-007A, U+007C, U+00A0, U+00A9, U+00B7, U+00E0-00E1, U+00E4-00E5, U+00E7-00E9, U+00ED, U+00F1, U+00F3, U+00F6, U+00FA, U+00FC, U+0153, U+2013-2014, U+2018-2019, U+201C-201D, U+2026',
    },
  ],
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  variable: '--font-text-styles-core',
})

export const textLatin = localFont({
  src: [
    { path: '../generated/fonts/source-serif-4-400-latin.woff2', weight: '400', style: 'normal' },
    { path: '../generated/fonts/source-serif-4-700-latin.woff2', weight: '700', style: 'normal' },
    { path: '../generated/fonts/source-serif-4-italic-latin.woff2', weight: '400', style: 'italic' },
  ],
  declarations: [
    { prop: 'font-family', value: "'Marquee Text'" },
    {
      prop: 'unicode-range',
      value:
        'U+003C, U+003E, U+005B-0060, U+007B, U+007D-007E, U+00A1-00A8, U+00AA-00B6, U+00B8-00DF, U+00E2-00E3, U+00E6, U+00EA-00EC, U+00EE-00F0, U+00F2, U+00F4-00F5, U+00F7-00F9, U+00FB, U+00FD-00FF, U+0131, U+0152, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-2012, U+2015-2017, U+201A-201B, U+201E-2025, U+2027-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215',
    },
  ],
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  variable: '--font-text-latin',
})

export const textLatinExt = localFont({
  src: [
    { path: '../generated/fonts/source-serif-4-400-latinExt.woff2', weight: '400', style: 'normal' },
    { path: '../generated/fonts/source-serif-4-700-latinExt.woff2', weight: '700', style: 'normal' },
    { path: '../generated/fonts/source-serif-4-italic-latinExt.woff2', weight: '400', style: 'italic' },
  ],
  declarations: [
    { prop: 'font-family', value: "'Marquee Text'" },
    {
      prop: 'unicode-range',
      value:
        'U+0100-0130, U+0132-0151, U+0154-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+1E00-1EFF, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
    },
  ],
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  variable: '--font-text-latin-ext',
})

export const interfaceCore = localFont({
  src: [{ path: '../generated/fonts/inter-core.woff2', weight: '400 700', style: 'normal' }],
  declarations: [
    { prop: 'font-family', value: "'Marquee Interface'" },
    {
      prop: 'unicode-range',
      value:
        'U+0020-003B, U+003D, U+003F-005A, U+0061-007A, U+007C, U+00A0, U+00A9, U+00B7, U+00E0-00E1, U+00E4-00E5, U+00E7-00E9, U+00ED, U+00F1, U+00F3, U+00F6, U+00FA, U+00FC, U+0153, U+2013-2014, U+2018-2019, U+201C-201D, U+2026',
    },
  ],
  display: 'swap',
  preload: true,
  adjustFontFallback: 'Arial',
  variable: '--font-interface-core',
})

export const interfaceLatin = localFont({
  src: [{ path: '../generated/fonts/inter-latin.woff2', weight: '400 700', style: 'normal' }],
  declarations: [
    { prop: 'font-family', value: "'Marquee Interface'" },
    {
      prop: 'unicode-range',
      value:
        'U+003C, U+003E, U+005B-0060, U+007B, U+007D-007E, U+00A1-00A8, U+00AA-00B6, U+00B8-00DF, U+00E2-00E3, U+00E6, U+00EA-00EC, U+00EE-00F0, U+00F2, U+00F4-00F5, U+00F7-00F9, U+00FB, U+00FD-00FF, U+0131, U+0152, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-2012, U+2015-2017, U+201A-201B, U+201E-2025, U+2027-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215',
    },
  ],
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  variable: '--font-interface-latin',
})

export const interfaceLatinExt = localFont({
  src: [{ path: '../generated/fonts/inter-latinExt.woff2', weight: '400 700', style: 'normal' }],
  declarations: [
    { prop: 'font-family', value: "'Marquee Interface'" },
    {
      prop: 'unicode-range',
      value:
        'U+0100-0130, U+0132-0151, U+0154-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+1E00-1EFF, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
    },
  ],
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  variable: '--font-interface-latin-ext',
})

/**
 * next/font's own family list names the call (e.g. 'displayCore'), not the family the declarations give, so the
 * stacks are built here: the family, then the fallback face next/font generated for the family's first call.
 */
function stack(family: string, font: { style: { fontFamily: string } }): string {
  const fallback = font.style.fontFamily
    .split(',')
    .map((name) => name.trim())
    .find((name) => name.endsWith("Fallback'") || name.endsWith('Fallback"'))
  return fallback ? `'${family}', ${fallback}` : `'${family}'`
}

/** For <html style>: the --font-*-face variables app/globals.css builds its font stacks from. */
export const fontFaceVariables: CSSProperties & Record<`--${string}`, string> = {
  '--font-display-face': stack(FAMILIES.display, displayCore),
  '--font-text-face': stack(FAMILIES.text, textCore),
  '--font-interface-face': stack(FAMILIES.interface, interfaceCore),
}

/** Class names for <html>: they pull in every call's @font-face rules. */
export const fontClassNames = [
  displayCore,
  displayItalicCore,
  displayLatin,
  displayLatinExt,
  textCore,
  textStylesCore,
  textLatin,
  textLatinExt,
  interfaceCore,
  interfaceLatin,
  interfaceLatinExt,
]
  .map((font) => font.variable)
  .join(' ')
