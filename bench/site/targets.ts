// The Lighthouse targets the site bench checks (issue 12), each page's median against them, and whether the bare
// Next page measured in the same run meets them: a target the bare page misses is below what the framework
// alone costs on this machine, whatever the site does.
import type { PageRun } from './lighthouse.ts'
import { kib, milliseconds, seconds } from './table.ts'

interface Target {
  label: string
  /** The pages it applies to; all when absent. */
  pages?: readonly string[]
  met(run: PageRun): boolean
  show(run: PageRun): string
}

const KIB = 1024

const TARGETS: readonly Target[] = [
  { label: 'perf >= 95', met: (run) => run.performance >= 95, show: (run) => String(run.performance) },
  {
    label: 'LCP <= 2.0 s',
    met: (run) => run.lcpMs <= 2000,
    show: (run) => seconds(run.lcpMs),
  },
  { label: 'TBT <= 150 ms', met: (run) => run.tbtMs <= 150, show: (run) => milliseconds(run.tbtMs) },
  { label: 'CLS <= 0.05', met: (run) => run.cls <= 0.05, show: (run) => run.cls.toFixed(3) },
  {
    label: 'JS <= 135 KiB (article)',
    pages: ['article'],
    met: (run) => run.scriptBytes <= 135 * KIB,
    show: (run) => kib(run.scriptBytes),
  },
  {
    label: 'fonts <= 80 KiB',
    met: (run) => run.fontBytes <= 80 * KIB,
    show: (run) => kib(run.fontBytes),
  },
]

/** One line per target: the pages that meet it (or miss it), and the bare Next page's own figure. */
export function formatTargets(rows: ReadonlyArray<readonly [string, PageRun]>, bare?: PageRun): string {
  const lines = TARGETS.map((target) => {
    const applies = rows.filter(([name]) => target.pages?.includes(name) ?? true)
    const missed = applies.filter(([, run]) => !target.met(run))
    const verdict =
      applies.length === 0
        ? 'not measured'
        : missed.length === 0
          ? 'met'
          : `missed by ${missed.map(([name, run]) => `${name} (${target.show(run)})`).join(', ')}`
    const floor = bare
      ? `; bare Next page ${target.show(bare)}${target.met(bare) ? '' : ', misses it too'}`
      : ''
    return `  ${target.label}: ${verdict}${floor}`
  })
  return `Targets:\n${lines.join('\n')}`
}
