// Medians over Lighthouse runs and the table the site bench prints.
import type { PageRun } from './lighthouse.ts'

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  if (sorted.length === 0) return Number.NaN
  if (sorted.length % 2 === 1) return sorted[middle] ?? Number.NaN
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Each number is the median of its own column; the LCP element is the one from the median-performance run. */
export function medianRun(runs: readonly PageRun[]): PageRun {
  const of = (pick: (run: PageRun) => number) => median(runs.map(pick))
  const byPerformance = [...runs].sort((a, b) => a.performance - b.performance)
  return {
    performance: of((run) => run.performance),
    accessibility: of((run) => run.accessibility),
    bestPractices: of((run) => run.bestPractices),
    seo: of((run) => run.seo),
    lcpMs: of((run) => run.lcpMs),
    fcpMs: of((run) => run.fcpMs),
    observedFcpMs: of((run) => run.observedFcpMs),
    tbtMs: of((run) => run.tbtMs),
    cls: of((run) => run.cls),
    weight: of((run) => run.weight),
    scriptBytes: of((run) => run.scriptBytes),
    fontBytes: of((run) => run.fontBytes),
    scripts: of((run) => run.scripts),
    legacyJsBytes: of((run) => run.legacyJsBytes),
    lcpElement: byPerformance[Math.floor(byPerformance.length / 2)]?.lcpElement ?? '',
  }
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
export const milliseconds = (ms: number) => `${Math.round(ms)} ms`

function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}

export function formatTable(rows: ReadonlyArray<readonly [string, PageRun]>): string {
  const header = [
    'page',
    'perf',
    'a11y',
    'bp',
    'seo',
    'LCP',
    'FCP',
    'paint seen',
    'TBT',
    'CLS',
    'weight',
    'JS',
    'scripts',
    'legacy JS',
    'fonts',
  ]
  const lines = rows.map(([name, run]) => [
    name,
    String(run.performance),
    String(run.accessibility),
    String(run.bestPractices),
    String(run.seo),
    seconds(run.lcpMs),
    seconds(run.fcpMs),
    seconds(run.observedFcpMs),
    milliseconds(run.tbtMs),
    run.cls.toFixed(3),
    kib(run.weight),
    kib(run.scriptBytes),
    String(run.scripts),
    kib(run.legacyJsBytes),
    kib(run.fontBytes),
  ])
  const table = markdownTable(header, lines)
  const lcp = rows.map(([name, run]) => `  ${name}: ${run.lcpElement}`).join('\n')
  return `${table}\n\n"paint seen": the first paint in Lighthouse's own unthrottled load (see lighthouse.ts).\nLCP element (median run):\n${lcp}`
}

/** `+12 ms`, `-0.40 s`; a difference that rounds to zero reads `+0`, never `-0`. */
function signed(value: number, unit: string, digits = 0): string {
  const rounded = Number(value.toFixed(digits))
  return `${rounded < 0 ? '-' : '+'}${Math.abs(rounded).toFixed(digits)}${unit}`
}

/**
 * Each page against the bare Next page measured in the same run: what the site adds to what the framework alone
 * costs on this machine.
 */
export function formatBaselineComparison(
  rows: ReadonlyArray<readonly [string, PageRun]>,
  bare: PageRun,
): string {
  const header = ['page', 'perf', 'LCP', 'TBT', 'JS']
  const lines = rows.map(([name, run]) => [
    name,
    signed(run.performance - bare.performance, ''),
    signed((run.lcpMs - bare.lcpMs) / 1000, ' s', 2),
    signed(run.tbtMs - bare.tbtMs, ' ms'),
    signed((run.scriptBytes - bare.scriptBytes) / 1024, ' KiB'),
  ])
  const floor = `the bare Next page: perf ${bare.performance}, LCP ${seconds(bare.lcpMs)}, TBT ${milliseconds(bare.tbtMs)}, JS ${kib(bare.scriptBytes)}`
  return `Against the bare Next page in this run (${floor}):\n${markdownTable(header, lines)}`
}
