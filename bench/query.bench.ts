// Article-page query over 10k and 100k generated documents: the lake engine (indexes, narrowed scans,
// cached perspective view) against plain groq-js on the same documents, in the same run.
// Run: npm run bench   (not part of the tests: timings depend on the machine)
import { isDeepStrictEqual } from 'node:util'
import { evaluateSync, parse, toJS } from 'groq-js'
import { DocumentIndex } from '../sanity/lake/query/document-index.ts'
import { viewFor } from '../sanity/lake/query/perspective.ts'
import { runQuery } from '../sanity/lake/query/run-query.ts'
import { generateDataset } from './dataset.ts'

// Related stories share the film, the film's franchise or a tag. The franchise's films are looked up once
// per review in an intermediate projection (a dereference inside the related filter would run per candidate).
export const ARTICLE_QUERY = `*[_type == "review" && slug.current == $slug][0]{
  ...,
  film->{..., directors[]->, cast[]{..., person->}, franchise->},
  authors[]->,
  "related": ({"id": _id, "film": film._ref, "tags": tags[]._ref, "franchise": film->franchise._ref}){
    ...,
    "franchiseFilms": select(defined(franchise) => *[_type == "film" && franchise._ref == ^.franchise]._id, [])
  }{
    "items": *[
      _type in ["review", "article"] && _id != ^.id &&
      (references(^.film) || references(^.franchiseFilms) || references(^.tags))
    ] | order(publishedAt desc) [0...4] {_id, _type, headline, slug, publishedAt}
  }.items
}`

interface Run {
  readonly dataset: string
  readonly engine: string
  readonly iterations: number
  readonly p50: number
  readonly p99: number
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

function measure(iterations: number, run: (i: number) => unknown): { p50: number; p99: number } {
  const times: number[] = []
  for (let i = 0; i < iterations; i++) {
    const start = performance.now()
    run(i)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p99: percentile(times, 99) }
}

function benchSize(size: number, lakeIterations: number, baselineIterations: number): Run[] {
  const label = `${size / 1000}k`
  const { documents, reviewSlugs } = generateDataset(size)
  let start = performance.now()
  const index = new DocumentIndex(documents)
  const indexMs = performance.now() - start
  start = performance.now()
  const visible = viewFor(index, 'published')
  const viewMs = performance.now() - start
  console.log(
    `${label}: ${index.size} documents, index built in ${indexMs.toFixed(0)} ms, ` +
      `published view in ${viewMs.toFixed(0)} ms`,
  )

  const slugAt = (i: number) => reviewSlugs[(i * 7907) % reviewSlugs.length] ?? ''
  const lake = (i: number) =>
    runQuery(index, ARTICLE_QUERY, { slug: slugAt(i) }, { perspective: 'published' })
  const dataset = visible.all()
  const baseline = (i: number) => {
    const params = { slug: slugAt(i) }
    return toJS(evaluateSync(parse(ARTICLE_QUERY, { params }), { dataset, params }))
  }

  // Same answers, or the timings mean nothing.
  for (let i = 0; i < (size > 10_000 ? 1 : 3); i++) {
    if (!isDeepStrictEqual(lake(i), baseline(i))) throw new Error(`lake and groq-js disagree at ${label}`)
  }
  for (let i = 0; i < 20; i++) lake(i)

  const runs: Run[] = [
    { dataset: label, engine: 'lake', iterations: lakeIterations, ...measure(lakeIterations, lake) },
    {
      dataset: label,
      engine: 'groq-js',
      iterations: baselineIterations,
      ...measure(baselineIterations, baseline),
    },
  ]

  // A write invalidates one entry of the cached view, not the whole view.
  const review = index.get(slugAt(0))
  if (review) {
    const afterWrite = measure(20, (i) => {
      index.put({ ...review, verdict: `edited ${i}` })
      return lake(i)
    })
    runs.push({ dataset: label, engine: 'lake after a write', iterations: 20, ...afterWrite })
  }
  return runs
}

function printTable(runs: readonly Run[]): void {
  const rows = runs.map((run) => {
    const base = runs.find((other) => other.dataset === run.dataset && other.engine === 'groq-js')
    const ratio = base && run.engine !== 'groq-js' ? `${(base.p50 / run.p50).toFixed(1)}x` : ''
    return [run.dataset, run.engine, String(run.iterations), run.p50.toFixed(2), run.p99.toFixed(2), ratio]
  })
  const header = ['dataset', 'engine', 'iterations', 'p50 ms', 'p99 ms', 'groq-js p50 / this p50']
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)))
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`)
  for (const row of rows) console.log(line(row))
}

const sizes = process.argv.includes('--quick') ? [1_000, 10_000] : [10_000, 100_000]
const runs = sizes.flatMap((size) => benchSize(size, size > 10_000 ? 100 : 300, size > 10_000 ? 3 : 20))
printTable(runs)
const lake10k = runs.find((run) => run.dataset === '10k' && run.engine === 'lake')
if (lake10k) console.log(`\ntarget: lake p50 <= 20 ms at 10k: ${lake10k.p50 <= 20 ? 'met' : 'MISSED'}`)
