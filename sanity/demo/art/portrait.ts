// Illustrated portraits: initials on a colour field with a head-and-shoulders shape behind them.
// Used for our critics and for the people behind the films (clearly illustrations, not photographs).
import type { PortraitArt } from './schema.ts'
import { escapeXml, mix, SERIF, svgDocument } from './svg.ts'

export function portraitSize(art: PortraitArt): number {
  return art.size === 'large' ? 600 : 320
}

export function portraitSvg(art: PortraitArt): string {
  const size = portraitSize(art)
  const { deep, glow, accent, ink } = art.palette
  const s = size / 600
  const defs = `<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${accent}"/><stop offset="1" stop-color="${deep}"/></linearGradient>`
  const body = [
    `<rect width="${size}" height="${size}" fill="url(#bg)"/>`,
    `<circle cx="${450 * s}" cy="${130 * s}" r="${210 * s}" fill="${glow}" fill-opacity="0.35"/>`,
    `<circle cx="${300 * s}" cy="${250 * s}" r="${120 * s}" fill="${mix(deep, accent, 0.45)}"/>`,
    `<path d="M${60 * s} ${size} Q${80 * s} ${390 * s} ${300 * s} ${390 * s} Q${520 * s} ${390 * s} ${540 * s} ${size}Z" fill="${mix(deep, accent, 0.45)}"/>`,
    `<text x="${300 * s}" y="${312 * s}" text-anchor="middle" font-family="${SERIF}" font-weight="bold" font-size="${170 * s}" fill="${ink}">${escapeXml(art.initials)}</text>`,
  ].join('')
  return svgDocument(size, size, defs, body)
}
