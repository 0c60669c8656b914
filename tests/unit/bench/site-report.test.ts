import { describe, expect, it } from 'vitest'
import type { PageRun } from '#bench/site/lighthouse.ts'
import { formatBaselineComparison } from '#bench/site/table.ts'
import { formatTargets } from '#bench/site/targets.ts'

function pageRun(overrides: Partial<PageRun>): PageRun {
  return {
    performance: 90,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcpMs: 1500,
    fcpMs: 800,
    observedFcpMs: 300,
    tbtMs: 300,
    cls: 0,
    weight: 200 * 1024,
    scriptBytes: 134 * 1024,
    fontBytes: 0,
    scripts: 5,
    legacyJsBytes: 0,
    lcpElement: '<p>',
    ...overrides,
  }
}

describe("the site bench's comparison with the bare Next page", () => {
  const bare = pageRun({ performance: 92, lcpMs: 1540, tbtMs: 350, scriptBytes: 134 * 1024 })

  it('prints what each page adds to the bare page, signed', () => {
    const home = pageRun({ performance: 80, lcpMs: 3390, tbtMs: 385, scriptBytes: 144 * 1024 })
    const article = pageRun({ performance: 90, lcpMs: 3130, tbtMs: 182, scriptBytes: 146 * 1024 })
    const text = formatBaselineComparison(
      [
        ['home', home],
        ['article', article],
      ],
      bare,
    )
    expect(text).toContain('perf 92, LCP 1.54 s, TBT 350 ms, JS 134 KiB')
    expect(text).toContain('| home | -12 | +1.85 s | +35 ms | +10 KiB |')
    expect(text).toContain('| article | -2 | +1.59 s | -168 ms | +12 KiB |')
  })

  it('reads a difference that rounds to nothing as +0, not -0', () => {
    const same = pageRun({ performance: 92, lcpMs: 1538, tbtMs: 349.6, scriptBytes: 134 * 1024 - 100 })
    expect(formatBaselineComparison([['same', same]], bare)).toContain(
      '| same | +0 | +0.00 s | +0 ms | +0 KiB |',
    )
  })
})

describe("the site bench's target lines", () => {
  /** A page that meets every target. */
  const fast = (overrides: Partial<PageRun> = {}) =>
    pageRun({ performance: 96, lcpMs: 1800, tbtMs: 100, scriptBytes: 130 * 1024, ...overrides })

  it('says met when every page meets a target, and names the pages that miss one with their figure', () => {
    const lines = formatTargets([
      ['home', fast({ performance: 80, tbtMs: 385 })],
      ['article', fast({ scriptBytes: 146 * 1024 })],
    ]).split('\n')
    expect(lines).toContain('  perf >= 95: missed by home (80)')
    expect(lines).toContain('  TBT <= 150 ms: missed by home (385 ms)')
    expect(lines).toContain('  LCP <= 2.0 s: met')
    expect(lines).toContain('  JS <= 135 KiB (article): missed by article (146 KiB)')
  })

  it('checks the article-only target on the article alone', () => {
    const lines = formatTargets([['home', fast({ scriptBytes: 200 * 1024 })]]).split('\n')
    expect(lines).toContain('  JS <= 135 KiB (article): not measured')
  })

  it("adds the bare Next page's figure and says when it misses the target too", () => {
    const bare = pageRun({ performance: 90, tbtMs: 412, lcpMs: 1280 })
    const lines = formatTargets([['home', fast({ performance: 80 })]], bare).split('\n')
    expect(lines).toContain('  perf >= 95: missed by home (80); bare Next page 90, misses it too')
    expect(lines).toContain('  LCP <= 2.0 s: met; bare Next page 1.28 s')
    expect(lines).toContain('  TBT <= 150 ms: met; bare Next page 412 ms, misses it too')
  })
})
