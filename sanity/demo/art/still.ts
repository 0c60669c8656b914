// Cinematic 16:9 stills: a graded sky, a light source, one landscape per scene and a few silhouettes.
// Abstract on purpose: they stand in for studio stills without pretending to be them.
import { createRandom, type Random } from './random.ts'
import type { Palette, Scene, StillArt } from './schema.ts'
import { figure, mix, n, radialGlow, svgDocument, verticalGradient } from './svg.ts'

export const STILL_WIDTH = 1600
export const STILL_HEIGHT = 900

const W = STILL_WIDTH
const H = STILL_HEIGHT

export function stillSvg(art: StillArt): string {
  return svgDocument(W, H, stillDefs(art.palette), stillBody(art.scene, art.seed, art.figures, art.palette))
}

export function stillDefs(palette: Palette): string {
  return [
    verticalGradient('sky', [
      [0, palette.deep],
      [0.62, mix(palette.deep, palette.accent, 0.55)],
      [1, palette.glow],
    ]),
    verticalGradient('beam', [
      [0, palette.glow, 0.55],
      [1, palette.glow, 0],
    ]),
    radialGlow('halo', palette.glow, 0.8),
    `<radialGradient id="vignette" r="0.75"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.6"/></radialGradient>`,
  ].join('')
}

/** The picture without the <svg> wrapper, so covers can draw on top of it. */
export function stillBody(scene: Scene, seed: string, figureCount: number, palette: Palette): string {
  const random = createRandom(`${scene}:${seed}`)
  const horizon = random.between(500, 620)
  const landscape = drawScene(scene, horizon, palette, random)
  const silhouettes = Array.from({ length: figureCount }, (_, i) => {
    const x = W * (0.3 + (0.4 * (i + random.next() * 0.6)) / Math.max(1, figureCount))
    return figure(x, landscape.groundY, random.between(150, 230), mix(palette.deep, '#000000', 0.4))
  }).join('')
  return [
    `<rect width="${W}" height="${H}" fill="url(#sky)"/>`,
    landscape.svg,
    silhouettes,
    `<rect width="${W}" height="${H}" fill="url(#vignette)"/>`,
  ].join('')
}

type Landscape = { svg: string; groundY: number }

function drawScene(scene: Scene, horizon: number, palette: Palette, random: Random): Landscape {
  const { deep, glow, accent } = palette
  const shadow = mix(deep, '#000000', 0.3)
  switch (scene) {
    case 'desert': {
      const sunX = random.between(300, 1300)
      const layers = [0, 1, 2, 3]
        .map((i) => {
          const y = horizon + i * 70
          const crest = random.between(200, 1400)
          return `<path d="M0 ${n(y + 30)} Q${n(crest)} ${n(y - random.between(40, 120))} ${W} ${n(y + random.between(-20, 40))} V${H} H0Z" fill="${mix(accent, shadow, 0.25 + i * 0.22)}"/>`
        })
        .join('')
      return {
        svg: `<circle cx="${n(sunX)}" cy="${n(horizon - 60)}" r="420" fill="url(#halo)"/><circle cx="${n(sunX)}" cy="${n(horizon - 60)}" r="90" fill="${glow}"/>${layers}`,
        groundY: horizon + 150,
      }
    }
    case 'city': {
      let x = -20
      const towers: string[] = []
      const windows: string[] = []
      while (x < W) {
        const width = random.between(60, 160)
        const height = random.between(120, 420)
        towers.push(
          `<rect x="${n(x)}" y="${n(horizon - height)}" width="${n(width)}" height="${n(height + 400)}" fill="${shadow}"/>`,
        )
        for (let k = 0; k < 6; k++) {
          windows.push(
            `<rect x="${n(x + random.between(8, width - 16))}" y="${n(horizon - random.between(20, height - 10))}" width="8" height="12" fill="${glow}" fill-opacity="${n(random.between(0.4, 1))}"/>`,
          )
        }
        x += width + random.between(4, 24)
      }
      return {
        svg: `<circle cx="${n(random.between(400, 1200))}" cy="${n(horizon - 120)}" r="520" fill="url(#halo)"/>${towers.join('')}${windows.join('')}<rect y="${n(horizon + 120)}" width="${W}" height="${n(H - horizon)}" fill="${mix(shadow, '#000000', 0.4)}"/>`,
        groundY: horizon + 230,
      }
    }
    case 'sea': {
      const sunX = random.between(400, 1200)
      const glints = Array.from({ length: 14 }, (_, i) => {
        const y = horizon + 12 + i * i * 2.2
        const half = 30 + i * 12
        return `<rect x="${n(sunX - half + random.between(-20, 20))}" y="${n(y)}" width="${n(half * 2)}" height="${n(2 + i * 0.5)}" fill="${glow}" fill-opacity="${n(0.8 - i * 0.04)}"/>`
      }).join('')
      return {
        svg: `<circle cx="${n(sunX)}" cy="${n(horizon)}" r="460" fill="url(#halo)"/><circle cx="${n(sunX)}" cy="${n(horizon - 20)}" r="70" fill="${glow}"/><rect y="${n(horizon)}" width="${W}" height="${n(H - horizon)}" fill="${mix(deep, accent, 0.3)}"/>${glints}<path d="M0 ${n(horizon + 200)} Q400 ${n(horizon + 150)} 700 ${H} H0Z" fill="${shadow}"/>`,
        groundY: horizon + 250,
      }
    }
    case 'stage': {
      const beams = [0, 1, 2]
        .map((i) => {
          const top = 300 + i * 500 + random.between(-60, 60)
          const foot = 500 + i * 300 + random.between(-80, 80)
          return `<path d="M${n(top - 20)} 0 L${n(top + 20)} 0 L${n(foot + 170)} ${H - 120} L${n(foot - 170)} ${H - 120}Z" fill="url(#beam)"/>`
        })
        .join('')
      return {
        svg: `<rect width="${W}" height="${H}" fill="${mix(deep, '#000000', 0.35)}"/>${beams}<rect y="${H - 150}" width="${W}" height="150" fill="${mix(accent, shadow, 0.6)}"/><ellipse cx="${W / 2}" cy="${H - 120}" rx="420" ry="38" fill="${glow}" fill-opacity="0.45"/>`,
        groundY: H - 120,
      }
    }
    case 'forest': {
      const rows = [0, 1, 2]
        .map((row) => {
          const base = horizon + row * 90
          const tone = mix(accent, shadow, 0.45 + row * 0.2)
          const trees = Array.from({ length: 26 }, (_, i) => {
            const x = i * 64 + random.between(-20, 20)
            const height = random.between(160, 380)
            return `<path d="M${n(x)} ${n(base)} L${n(x + 34)} ${n(base - height)} L${n(x + 68)} ${n(base)}Z" fill="${tone}"/>`
          }).join('')
          return `${trees}<rect y="${n(base - 2)}" width="${W}" height="${n(H - base + 2)}" fill="${tone}"/>`
        })
        .join('')
      return {
        svg: `<circle cx="${n(random.between(300, 1300))}" cy="${n(horizon - 200)}" r="380" fill="url(#halo)"/>${rows}<rect y="${n(horizon - 40)}" width="${W}" height="80" fill="${glow}" fill-opacity="0.05"/>`,
        groundY: horizon + 220,
      }
    }
    case 'road': {
      const vanishX = random.between(600, 1000)
      const lines = Array.from({ length: 8 }, (_, i) => {
        const y0 = horizon + 10 + i * i * 6
        const y1 = y0 + 6 + i * 3
        return `<path d="M${n(vanishX - 2 - i)} ${n(y0)} L${n(vanishX + 2 + i)} ${n(y0)} L${n(vanishX + 3 + i * 1.4)} ${n(y1)} L${n(vanishX - 3 - i * 1.4)} ${n(y1)}Z" fill="${glow}"/>`
      }).join('')
      const lights = `<circle cx="${n(vanishX - 60)}" cy="${n(horizon + 120)}" r="9" fill="${accent}"/><circle cx="${n(vanishX + 60)}" cy="${n(horizon + 120)}" r="9" fill="${accent}"/>`
      return {
        svg: `<circle cx="${n(vanishX)}" cy="${n(horizon)}" r="500" fill="url(#halo)"/><rect y="${n(horizon)}" width="${W}" height="${n(H - horizon)}" fill="${shadow}"/><path d="M${n(vanishX - 6)} ${n(horizon)} L${n(vanishX + 6)} ${n(horizon)} L${W + 300} ${H} L-300 ${H}Z" fill="${mix(shadow, accent, 0.15)}"/>${lines}${lights}`,
        groundY: H - 40,
      }
    }
    case 'interior': {
      const panes = Array.from({ length: 3 }, (_, i) => {
        const x = 260 + i * 380
        return `<rect x="${x}" y="150" width="300" height="430" fill="${glow}" fill-opacity="${n(0.55 + i * 0.1)}"/><rect x="${x + 146}" y="150" width="8" height="430" fill="${shadow}"/><rect x="${x}" y="360" width="300" height="8" fill="${shadow}"/>`
      }).join('')
      const spill = `<path d="M260 580 L1400 580 L1600 ${H} L0 ${H}Z" fill="${glow}" fill-opacity="0.18"/>`
      return {
        svg: `<rect width="${W}" height="${H}" fill="${mix(deep, accent, 0.25)}"/>${panes}<rect y="580" width="${W}" height="320" fill="${shadow}"/>${spill}`,
        groundY: H - 70,
      }
    }
    case 'blast': {
      const rings = Array.from({ length: 5 }, (_, i) => {
        return `<ellipse cx="${W / 2}" cy="${n(horizon - 140)}" rx="${180 + i * 90}" ry="${150 + i * 60}" fill="none" stroke="${glow}" stroke-opacity="${n(0.5 - i * 0.08)}" stroke-width="${12 - i * 2}"/>`
      }).join('')
      return {
        svg: `<circle cx="${W / 2}" cy="${n(horizon - 140)}" r="700" fill="url(#halo)"/><circle cx="${W / 2}" cy="${n(horizon - 140)}" r="170" fill="${glow}"/><circle cx="${W / 2}" cy="${n(horizon - 140)}" r="170" fill="${accent}" fill-opacity="0.25"/>${rings}<rect y="${n(horizon)}" width="${W}" height="${n(H - horizon)}" fill="${shadow}"/>`,
        groundY: horizon + 140,
      }
    }
  }
}
