import { describe, expect, it } from 'vitest'
import type { PageRun } from '#bench/site/lighthouse.ts'
import { formatTargets } from '#bench/site/targets.ts'

function pageRun(overrides: Partial<PageRun>): PageRun {
  return {
    performance: 96,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcpMs: 1800,
    fcpMs: 800,
    observedFcpMs: 300,
    tbtMs: 100,
    cls: 0,
    weight: 200 * 1024,
    scriptBytes: 130 * 1024,
    fontBytes: 40 * 1024,
    scripts: 5,
    legacyJsBytes: 0,
    lcpElement: '<p>',
    ...overrides,
  }
}

describe("the site bench's target lines", () => {
  it('says met when every page meets a target, and names the pages that miss one with their figure', () => {
    const text = formatTargets([
      ['home', pageRun({ performance: 80, tbtMs: 385 })],
      ['article', pageRun({ scriptBytes: 146 * 1024 })],
    ])
    expect(text).toContain('perf >= 95: missed by home (80)')
    expect(text).toContain('TBT <= 150 ms: missed by home (385 ms)')
    expect(text).toContain('LCP <= 2.0 s: met')
    expect(text).toContain('JS <= 135 KiB (article): missed by article (146 KiB)')
  })

  it('checks the article-only target on the article alone', () => {
    const text = formatTargets([['home', pageRun({ scriptBytes: 200 * 1024 })]])
    expect(text).toContain('JS <= 135 KiB (article): not measured')
  })

  it("adds the bare Next page's figure and says when it misses the target too", () => {
    const bare = pageRun({ performance: 90, tbtMs: 412, lcpMs: 1280 })
    const text = formatTargets([['home', pageRun({ performance: 80 })]], bare)
    expect(text).toContain('perf >= 95: missed by home (80); bare Next page 90, misses it too')
    expect(text).toContain('LCP <= 2.0 s: met; bare Next page 1.28 s\n')
  })
})
