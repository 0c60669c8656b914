// A seeded random source: the same seed always draws the same shapes, so re-running the build
// writes the same image bytes.
import { createHash } from 'node:crypto'

export type Random = {
  /** a float in [0, 1) */
  next: () => number
  /** a float in [min, max) */
  between: (min: number, max: number) => number
  /** an integer in [min, max] */
  int: (min: number, max: number) => number
}

export function createRandom(seed: string): Random {
  let state = createHash('sha1').update(seed).digest().readUInt32LE(0)
  // mulberry32: tiny, fast and good enough for placing shapes
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const between = (min: number, max: number) => min + next() * (max - min)
  const int = (min: number, max: number) => Math.floor(between(min, max + 1))
  return { next, between, int }
}
