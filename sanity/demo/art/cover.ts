// Hero art for news, features, interviews and lists: a still with one or two big words across it.
import type { CoverArt } from './schema.ts'
import { STILL_HEIGHT, STILL_WIDTH, stillBody, stillDefs } from './still.ts'
import { CONDENSED, escapeXml, fitUppercase, n, svgDocument, verticalGradient } from './svg.ts'

export function coverSvg(art: CoverArt): string {
  const fitted = fitUppercase(art.kicker, STILL_WIDTH - 240, 330, 230)
  const lineHeight = fitted.fontSize * 0.95
  const top = 150 + fitted.fontSize
  const words = fitted.lines
    .map(
      (line, index) =>
        `<text x="120" y="${n(top + index * lineHeight)}" font-family="${CONDENSED}" font-weight="bold" font-size="${fitted.fontSize}" fill="${art.palette.ink}" fill-opacity="0.92">${escapeXml(line)}</text>`,
    )
    .join('')
  // darken the top of the scene so the kicker stays readable whatever the scene puts behind it
  const shade = `<rect width="${STILL_WIDTH}" height="${STILL_HEIGHT}" fill="url(#shade)"/>`
  const rule = `<rect x="120" y="110" width="160" height="10" fill="${art.palette.accent}"/>`
  return svgDocument(
    STILL_WIDTH,
    STILL_HEIGHT,
    stillDefs(art.palette) +
      verticalGradient('shade', [
        [0, art.palette.deep, 0.85],
        [0.6, art.palette.deep, 0],
      ]),
    stillBody(art.scene, art.seed, 0, art.palette) + shade + rule + words,
  )
}
