// Timing helpers for the benchmark: percentiles over a time budget, and the results table.

export interface Run {
  readonly dataset: string
  readonly query: string
  readonly engine: string
  readonly iterations: number
  readonly p50: number
  readonly p99: number
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

/**
 * Runs `run` at least `min` and at most `max` times, stopping once `budgetMs` is spent, so a slow baseline
 * at 100k takes a few iterations and a fast engine many. `check` sees each result, untimed.
 */
export function measure(
  run: (i: number) => unknown,
  {
    min,
    max,
    budgetMs,
    check,
  }: { min: number; max: number; budgetMs: number; check?: (i: number, value: unknown) => void },
): { iterations: number; p50: number; p99: number } {
  const times: number[] = []
  const started = performance.now()
  for (let i = 0; i < max; i++) {
    if (i >= min && performance.now() - started > budgetMs) break
    const start = performance.now()
    const value = run(i)
    times.push(performance.now() - start)
    check?.(i, value)
  }
  times.sort((a, b) => a - b)
  return { iterations: times.length, p50: percentile(times, 50), p99: percentile(times, 99) }
}

export function printTable(runs: readonly Run[]): void {
  const rows = runs.map((run) => {
    const base = runs.find(
      (other) => other.dataset === run.dataset && other.query === run.query && other.engine === 'groq-js',
    )
    const ratio = base && run.engine !== 'groq-js' ? `${(base.p50 / run.p50).toFixed(1)}x` : ''
    return [
      run.dataset,
      run.query,
      run.engine,
      String(run.iterations),
      run.p50.toFixed(2),
      run.p99.toFixed(2),
      ratio,
    ]
  })
  const header = ['dataset', 'query', 'engine', 'iterations', 'p50 ms', 'p99 ms', 'groq-js p50 / this p50']
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)))
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`)
  for (const row of rows) console.log(line(row))
}
