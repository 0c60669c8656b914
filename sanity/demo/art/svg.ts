// Small SVG building blocks shared by the poster, still, portrait and cover renderers.

/** Only fonts that ship with the system (fc-list): nothing is downloaded at build time. */
export const CONDENSED = "'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif"
export const SANS = "'DejaVu Sans', sans-serif"
export const SERIF = "'DejaVu Serif', serif"

/** Average advance of an uppercase DejaVu Sans Condensed Bold glyph, in em (measured with sharp). */
const CONDENSED_BOLD_EM = 0.72

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}

/** Round coordinates so the SVG text (and so the image) is stable and short. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10)
}

export function svgDocument(width: number, height: number, defs: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs>${defs}</defs>`,
    body,
    '</svg>',
  ].join('')
}

export function verticalGradient(
  id: string,
  stops: ReadonlyArray<readonly [number, string, number?]>,
): string {
  const stopTags = stops
    .map(
      ([offset, colour, opacity]) =>
        `<stop offset="${offset}" stop-color="${colour}" stop-opacity="${opacity ?? 1}"/>`,
    )
    .join('')
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${stopTags}</linearGradient>`
}

export function radialGlow(id: string, colour: string, opacity: number): string {
  return `<radialGradient id="${id}"><stop offset="0" stop-color="${colour}" stop-opacity="${opacity}"/><stop offset="1" stop-color="${colour}" stop-opacity="0"/></radialGradient>`
}

export type FittedLines = { lines: string[]; fontSize: number }

/**
 * Break a title into 1-3 lines and pick the largest condensed-bold font size that fits the box.
 * Widths are estimated from the measured average glyph advance, so no font file is read.
 */
export function fitUppercase(
  text: string,
  boxWidth: number,
  boxHeight: number,
  maxFontSize: number,
): FittedLines {
  const words = text.toUpperCase().split(/\s+/).filter(Boolean)
  let best: FittedLines = { lines: [words.join(' ')], fontSize: 1 }
  for (let lineCount = 1; lineCount <= Math.min(3, words.length); lineCount++) {
    const lines = balance(words, lineCount)
    const longest = Math.max(...lines.map((line) => line.length))
    const byWidth = boxWidth / (longest * CONDENSED_BOLD_EM)
    const byHeight = boxHeight / (lineCount * 1.02)
    const fontSize = Math.floor(Math.min(maxFontSize, byWidth, byHeight))
    if (fontSize > best.fontSize) best = { lines, fontSize }
  }
  return best
}

/** Split words into `count` lines of similar length (greedy against the ideal line length). */
function balance(words: string[], count: number): string[] {
  const ideal = words.join(' ').length / count
  const lines: string[] = []
  let current = ''
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word
    const remainingLines = count - lines.length
    if (current && candidate.length > ideal * 1.15 && remainingLines > 1) {
      lines.push(current)
      current = word
    } else {
      current = candidate
    }
  }
  lines.push(current)
  return lines
}

/** A standing human silhouette, feet at (x, groundY), about `height` tall. */
export function figure(x: number, groundY: number, height: number, colour: string): string {
  const head = height * 0.12
  const shoulders = height * 0.26
  const top = groundY - height
  const body = [
    `M${n(x - shoulders / 2)} ${n(top + head * 2.3)}`,
    `Q${n(x)} ${n(top + head * 1.9)} ${n(x + shoulders / 2)} ${n(top + head * 2.3)}`,
    `L${n(x + shoulders * 0.34)} ${n(groundY - height * 0.45)}`,
    `L${n(x + shoulders * 0.3)} ${n(groundY)}`,
    `L${n(x - shoulders * 0.3)} ${n(groundY)}`,
    `L${n(x - shoulders * 0.34)} ${n(groundY - height * 0.45)}Z`,
  ].join(' ')
  return `<circle cx="${n(x)}" cy="${n(top + head)}" r="${n(head)}" fill="${colour}"/><path d="${body}" fill="${colour}"/>`
}

/** Blend two hex colours: t = 0 gives `a`, t = 1 gives `b`. */
export function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, index: number) => Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16)
  const parts = [0, 1, 2].map((index) => {
    const value = Math.round(channel(a, index) * (1 - t) + channel(b, index) * t)
    return value.toString(16).padStart(2, '0')
  })
  return `#${parts.join('')}`
}
