// The publish bench's table: per kind, publish-to-visible p50/p95 against the target, and where the time
// went (p50 of each leg: the lake until it sent the webhook, the site answering it, then until a poll saw it).

export const TARGET = { p50: 1000, p95: 2000 }

export interface Sample {
  /** From the change's request to the first poll that showed it (ms; Infinity: never within the bound). */
  total: number
  /** From the change's request to the lake sending the revalidation webhook, and to the site's answer. */
  webhookSent?: number
  webhookAnswered?: number
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'never')

export function reportRow(kind: string, samples: readonly Sample[]): string {
  const totals = samples.map((sample) => sample.total)
  const p50 = percentile(totals, 50)
  const p95 = percentile(totals, 95)
  const met = p50 <= TARGET.p50 && p95 <= TARGET.p95 ? 'meets target' : 'MISSES target'
  const cells = [
    kind.padEnd(10),
    String(samples.length).padStart(3),
    `p50 ${seconds(p50).padStart(7)}`,
    `p95 ${seconds(p95).padStart(7)}`,
    `max ${seconds(Math.max(...totals)).padStart(7)}`,
    met,
  ]
  return cells.join('  ')
}

/** p50 of each leg over the samples whose webhook delivery the lake logged. */
export function breakdownRow(kind: string, samples: readonly Sample[]): string {
  const legs = samples.flatMap(({ total, webhookSent, webhookAnswered }) =>
    webhookSent === undefined || webhookAnswered === undefined
      ? []
      : [{ lake: webhookSent, site: webhookAnswered - webhookSent, poll: total - webhookAnswered }],
  )
  const p50 = (pick: (leg: (typeof legs)[number]) => number) => seconds(percentile(legs.map(pick), 50))
  return `${kind.padEnd(10)} ${String(legs.length).padStart(3)}  change -> webhook sent ${p50((leg) => leg.lake)}  site answering it ${p50((leg) => leg.site)}  answered -> seen ${p50((leg) => leg.poll)}`
}
