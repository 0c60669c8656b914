import { describe, expect, it } from 'vitest'
import type { PageRun } from '#bench/site/lighthouse.ts'
import { formatBaselineComparison } from '#bench/site/table.ts'

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
