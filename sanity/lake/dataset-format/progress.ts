// Progress lines for long imports and exports: "Writing documents: 120/400 (30%)", at most one per 10%.

export type ProgressLog = (line: string) => void

export interface ProgressCounter {
  advance(by?: number): void
  done(): void
}

export function progressCounter(log: ProgressLog, label: string, total: number): ProgressCounter {
  let current = 0
  let lastDecile = -1
  const report = () => {
    const percent = total === 0 ? 100 : Math.floor((current / total) * 100)
    const decile = Math.floor(percent / 10)
    if (decile === lastDecile) return
    lastDecile = decile
    log(`${label}: ${current}/${total} (${percent}%)`)
  }
  return {
    advance(by = 1) {
      current = Math.min(total, current + by)
      if (current < total) report()
    },
    done() {
      current = total
      report()
    },
  }
}
