// Typographic film posters: a colour field from the film's palette, one bold geometric motif and the
// title set big in condensed capitals.
import { createRandom, type Random } from './random.ts'
import type { Palette, PosterArt, PosterMotif } from './schema.ts'
import {
  CONDENSED,
  escapeXml,
  fitUppercase,
  mix,
  n,
  radialGlow,
  SANS,
  svgDocument,
  verticalGradient,
} from './svg.ts'

export const POSTER_WIDTH = 600
export const POSTER_HEIGHT = 900

const W = POSTER_WIDTH
const H = POSTER_HEIGHT

export function posterSvg(art: PosterArt): string {
  const { palette } = art
  const random = createRandom(`${art.title}:${art.year}`)
  const defs = [
    verticalGradient('field', [
      [0, palette.deep],
      [0.55, mix(palette.deep, palette.accent, 0.35)],
      [1, palette.deep],
    ]),
    radialGlow('glow', palette.glow, 0.75),
    verticalGradient('fade', [
      [0, palette.deep, 0],
      [1, palette.deep, 0.92],
    ]),
  ].join('')
  const body = [
    `<rect width="${W}" height="${H}" fill="url(#field)"/>`,
    motif(art.motif, palette, random),
    `<rect y="${H * 0.55}" width="${W}" height="${H * 0.45}" fill="url(#fade)"/>`,
    titleBlock(art),
    `<rect x="18" y="18" width="${W - 36}" height="${H - 36}" fill="none" stroke="${palette.ink}" stroke-opacity="0.35" stroke-width="2"/>`,
  ].join('')
  return svgDocument(W, H, defs, body)
}

function titleBlock(art: PosterArt): string {
  const { ink, glow } = art.palette
  const fitted = fitUppercase(art.title, W - 96, 260, 190)
  const lineHeight = fitted.fontSize * 0.98
  const subtitleSize = art.subtitle ? Math.min(34, Math.floor((W - 96) / (art.subtitle.length * 0.62))) : 0
  const bottom = H - 92 - (art.subtitle ? subtitleSize + 16 : 0)
  const firstBaseline = bottom - (fitted.lines.length - 1) * lineHeight
  const titleLines = fitted.lines
    .map(
      (line, index) =>
        `<text x="48" y="${n(firstBaseline + index * lineHeight)}" font-family="${CONDENSED}" font-weight="bold" font-size="${fitted.fontSize}" fill="${ink}">${escapeXml(line)}</text>`,
    )
    .join('')
  const subtitle = art.subtitle
    ? `<text x="50" y="${n(bottom + subtitleSize + 14)}" font-family="${CONDENSED}" font-weight="bold" font-size="${subtitleSize}" fill="${glow}">${escapeXml(art.subtitle.toUpperCase())}</text>`
    : ''
  const credit = `<text x="50" y="${H - 50}" font-family="${SANS}" font-size="15" letter-spacing="3" fill="${ink}" fill-opacity="0.8">${escapeXml(art.creditLine.toUpperCase())}</text>`
  const year = `<text x="${W - 50}" y="66" text-anchor="end" font-family="${CONDENSED}" font-weight="bold" font-size="30" fill="${ink}">${art.year}</text>`
  const label = `<text x="50" y="66" font-family="${SANS}" font-size="13" letter-spacing="4" fill="${ink}" fill-opacity="0.7">MARQUEE</text>`
  return titleLines + subtitle + credit + year + label
}

function motif(kind: PosterMotif, palette: Palette, random: Random): string {
  const { accent, glow, deep } = palette
  switch (kind) {
    case 'sun': {
      const cy = 430
      const bands = Array.from({ length: 6 }, (_, i) => {
        const y = cy + 20 + i * 26
        return `<rect x="0" y="${y}" width="${W}" height="${6 + i * 3}" fill="${deep}"/>`
      }).join('')
      const dunes = [0, 1, 2]
        .map((i) => {
          const y = 560 + i * 60
          return `<path d="M0 ${y} Q${n(random.between(120, 260))} ${n(y - random.between(40, 90))} ${n(random.between(320, 420))} ${y + 10} T${W} ${y - 20} V${H} H0Z" fill="${mix(deep, accent, 0.5 - i * 0.15)}"/>`
        })
        .join('')
      return `<circle cx="${W / 2}" cy="${cy}" r="320" fill="url(#glow)"/><circle cx="${W / 2}" cy="${cy}" r="190" fill="${glow}"/>${bands}${dunes}`
    }
    case 'rings': {
      const cx = random.between(220, 380)
      const rings = Array.from({ length: 9 }, (_, i) => {
        const r = 40 + i * 42
        return `<circle cx="${n(cx)}" cy="360" r="${r}" fill="none" stroke="${i % 3 === 0 ? glow : accent}" stroke-width="${i % 2 === 0 ? 10 : 3}" stroke-opacity="${n(1 - i * 0.08)}"/>`
      }).join('')
      return `<circle cx="${n(cx)}" cy="360" r="260" fill="url(#glow)"/>${rings}`
    }
    case 'stripes': {
      let x = 0
      const bars: string[] = []
      while (x < W) {
        const width = random.between(14, 70)
        const tone = random.next() > 0.5 ? accent : glow
        bars.push(
          `<rect x="${n(x)}" y="0" width="${n(width)}" height="${n(random.between(420, 640))}" fill="${tone}" fill-opacity="${n(random.between(0.25, 0.95))}"/>`,
        )
        x += width + random.between(4, 30)
      }
      return `<circle cx="${W / 2}" cy="300" r="300" fill="url(#glow)"/>${bars.join('')}`
    }
    case 'diagonal': {
      const bands = Array.from({ length: 5 }, (_, i) => {
        const offset = -200 + i * 170 + random.between(-30, 30)
        const width = random.between(40, 120)
        return `<path d="M${n(offset)} ${H} L${n(offset + 700)} 0 L${n(offset + 700 + width)} 0 L${n(offset + width)} ${H}Z" fill="${i % 2 === 0 ? accent : glow}" fill-opacity="${i % 2 === 0 ? 0.85 : 0.5}"/>`
      }).join('')
      return `${bands}<circle cx="${n(random.between(380, 480))}" cy="200" r="70" fill="${glow}"/>`
    }
    case 'grid': {
      const horizon = 420
      const verticals = Array.from({ length: 15 }, (_, i) => {
        const x = -700 + i * 143
        return `<line x1="${W / 2}" y1="${horizon}" x2="${x}" y2="${H}" stroke="${accent}" stroke-width="2"/>`
      }).join('')
      const horizontals = Array.from({ length: 9 }, (_, i) => {
        const y = horizon + (i * i * 6 + 6)
        return `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="${accent}" stroke-width="2" stroke-opacity="${n(0.4 + i * 0.06)}"/>`
      }).join('')
      const towers = Array.from({ length: 10 }, (_, i) => {
        const height = random.between(80, 260)
        return `<rect x="${i * 60 + 4}" y="${n(horizon - height)}" width="52" height="${n(height)}" fill="${deep}" stroke="${accent}" stroke-opacity="0.5"/>`
      }).join('')
      return `<circle cx="${W / 2}" cy="${horizon}" r="280" fill="url(#glow)"/>${towers}<rect y="${horizon}" width="${W}" height="${H - horizon}" fill="${deep}"/>${verticals}${horizontals}`
    }
    case 'arch': {
      const arches = Array.from({ length: 6 }, (_, i) => {
        const half = 250 - i * 38
        const top = 130 + i * 40
        return `<path d="M${W / 2 - half} 760 V${top + half} A${half} ${half} 0 0 1 ${W / 2 + half} ${top + half} V760" fill="none" stroke="${i % 2 === 0 ? accent : glow}" stroke-width="${i === 0 ? 14 : 5}"/>`
      }).join('')
      return `<ellipse cx="${W / 2}" cy="520" rx="230" ry="330" fill="url(#glow)"/>${arches}`
    }
    case 'shards': {
      const shards = Array.from({ length: 16 }, () => {
        const x = random.between(0, W)
        const y = random.between(40, 620)
        const size = random.between(40, 190)
        return `<path d="M${n(x)} ${n(y)} L${n(x + size)} ${n(y + random.between(-size, size))} L${n(x + random.between(-size, size) / 2)} ${n(y + size)}Z" fill="${random.next() > 0.35 ? accent : glow}" fill-opacity="${n(random.between(0.35, 0.95))}"/>`
      }).join('')
      return `<circle cx="${W / 2}" cy="330" r="300" fill="url(#glow)"/>${shards}`
    }
    case 'moon': {
      const trees = Array.from({ length: 22 }, (_, i) => {
        const x = i * 29 + random.between(-8, 8)
        const height = random.between(120, 300)
        return `<path d="M${n(x)} 640 L${n(x + 18)} ${n(640 - height)} L${n(x + 36)} 640Z" fill="${deep}"/>`
      }).join('')
      return `<circle cx="300" cy="330" r="280" fill="url(#glow)"/><circle cx="300" cy="330" r="160" fill="${glow}"/><circle cx="300" cy="330" r="160" fill="${accent}" fill-opacity="0.35"/>${trees}<rect y="636" width="${W}" height="${H - 636}" fill="${deep}"/>`
    }
    case 'pair': {
      return `<circle cx="230" cy="380" r="170" fill="${accent}" fill-opacity="0.85"/><circle cx="370" cy="380" r="170" fill="${glow}" fill-opacity="0.6"/>`
    }
    case 'neon': {
      const tubes = Array.from({ length: 4 }, (_, i) => {
        const inset = 70 + i * 34
        return `<rect x="${inset}" y="${inset + 40}" width="${W - inset * 2}" height="${560 - inset * 2}" rx="${60 - i * 10}" fill="none" stroke="${i % 2 === 0 ? accent : glow}" stroke-width="${i === 0 ? 9 : 4}"/>`
      }).join('')
      return `<ellipse cx="${W / 2}" cy="330" rx="280" ry="260" fill="url(#glow)"/>${tubes}`
    }
    case 'waves': {
      const waves = Array.from({ length: 9 }, (_, i) => {
        const y = 200 + i * 52
        const lift = random.between(30, 60)
        return `<path d="M0 ${y} Q${W / 4} ${n(y - lift)} ${W / 2} ${y} T${W} ${y} V${y + 26} Q${(W * 3) / 4} ${n(y + 26 + lift)} ${W / 2} ${y + 26} T0 ${y + 26}Z" fill="${i % 2 === 0 ? accent : glow}" fill-opacity="${n(0.9 - i * 0.07)}"/>`
      }).join('')
      return `<circle cx="${W / 2}" cy="150" r="260" fill="url(#glow)"/><circle cx="${W / 2}" cy="170" r="90" fill="${glow}"/>${waves}`
    }
  }
}
