// The site's queries (lib/queries, lib/related, feed, sitemap) and the bench's own article query over 10k and
// 100k generated documents, published perspective: the lake engine (indexes, narrowed scans, cached
// perspective view) against plain groq-js on the same documents, in the same run, same answers checked.
// Run: npm run bench   (not part of the tests: timings depend on the machine)
// Options: --quick (1k and 10k), --size=10000 (one size), --only=related (queries whose name contains it),
// --slow-baselines (also time groq-js where it takes minutes: a subquery per document)
import { isDeepStrictEqual } from 'node:util'
import { evaluateSync, parse, toJS } from 'groq-js'
import { DocumentIndex } from '#sanity/lake/query/document-index.ts'
import { viewFor } from '#sanity/lake/query/perspective.ts'
import { runQuery } from '#sanity/lake/query/run-query.ts'
import { generateDataset } from './dataset.ts'
import { measure, printTable, type Run } from './measure.ts'
import { type BenchQuery, siteQueries } from './site-queries.ts'

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

/** `now()` for both engines: recency scores (related stories) must not drift between them. */
const TIMESTAMP = new Date('2025-01-15T12:00:00Z')

function option(name: string): string | undefined {
  const prefix = `--${name}=`
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length)
}

function benchSize(size: number, only: string | undefined): Run[] {
  const label = size >= 1000 ? `${size / 1000}k` : String(size)
  const dataset = generateDataset(size)
  let start = performance.now()
  const index = new DocumentIndex(dataset.documents)
  const indexMs = performance.now() - start
  start = performance.now()
  const visible = viewFor(index, 'published')
  const viewMs = performance.now() - start
  console.log(
    `${label}: ${index.size} documents, index built in ${indexMs.toFixed(0)} ms, ` +
      `published view in ${viewMs.toFixed(0)} ms`,
  )
  const documents = visible.all()
  const big = size > 10_000
  const queries: BenchQuery[] = [
    {
      name: 'bench article query',
      query: ARTICLE_QUERY,
      params: (i: number) => ({ slug: dataset.reviewSlugs[(i * 7907) % dataset.reviewSlugs.length] ?? '' }),
    },
    ...siteQueries(dataset),
  ].filter((query) => only === undefined || query.name.includes(only))

  const runs: Run[] = []
  for (const { name, query, params, heavy, quadratic } of queries) {
    const lake = (i: number) =>
      runQuery(index, query, params(i), { perspective: 'published', timestamp: TIMESTAMP })
    const baseline = (i: number) => {
      const values = params(i)
      const tree = parse(query, { params: values })
      return toJS(evaluateSync(tree, { dataset: documents, params: values, timestamp: TIMESTAMP }))
    }
    for (let i = 0; i < 5; i++) lake(i)
    const lakeBudget = { min: 5, max: big ? 200 : 400, budgetMs: heavy || big ? 1500 : 1000 }
    // The first baseline runs double as the check: same answers, or the timings mean nothing. A slow
    // baseline at 100k (tens of seconds) runs once.
    const baselineBudget = {
      min: big || quadratic ? 1 : 3,
      max: 100,
      budgetMs: big || quadratic ? 2500 : 1500,
      check: (i: number, value: unknown) => {
        if (i < (big ? 1 : 3) && !isDeepStrictEqual(lake(i), value)) {
          throw new Error(`lake and groq-js disagree on "${name}" at ${label}`)
        }
      },
    }
    runs.push({ dataset: label, query: name, engine: 'lake', ...measure(lake, lakeBudget) })
    const skipBaseline =
      (quadratic === '10k' && big) || (quadratic === 'opt-in' && !process.argv.includes('--slow-baselines'))
    if (skipBaseline) {
      console.log(
        `  ${name}: lake ${runs.at(-1)?.p50.toFixed(2)} ms, groq-js skipped (a subquery per document)`,
      )
      continue
    }
    runs.push({ dataset: label, query: name, engine: 'groq-js', ...measure(baseline, baselineBudget) })
    const last = runs.slice(-2)
    console.log(`  ${name}: ${last.map((run) => `${run.engine} ${run.p50.toFixed(2)} ms`).join(', ')}`)
  }

  // A write invalidates one entry of the cached view, not the whole view.
  const review = index.get(dataset.reviewSlugs[0] ?? '')
  const article = queries.find((query) => query.name === 'article page')
  if (review && article) {
    const afterWrite = measure(
      (i) => {
        index.put({ ...review, verdict: `edited ${i}` })
        return runQuery(index, article.query, article.params(i), { perspective: 'published' })
      },
      { min: 20, max: 20, budgetMs: 0 },
    )
    runs.push({ dataset: label, query: 'article page', engine: 'lake after a write', ...afterWrite })
  }
  return runs
}

const only = option('only')
const sized = option('size')
const sizes = sized ? [Number(sized)] : process.argv.includes('--quick') ? [1_000, 10_000] : [10_000, 100_000]
const started = performance.now()
const runs = sizes.flatMap((size) => benchSize(size, only))
printTable(runs)
console.log(`\nbench time: ${((performance.now() - started) / 1000).toFixed(0)} s`)
const pageAt10k = runs.filter(
  (run) =>
    run.dataset === '10k' && run.engine === 'lake' && ['article page', 'related stories'].includes(run.query),
)
if (pageAt10k.length === 2) {
  const total = pageAt10k.reduce((sum, run) => sum + run.p50, 0)
  console.log(
    `target: article page + related stories, lake p50 <= 20 ms at 10k: ${total.toFixed(2)} ms, ` +
      `${total <= 20 ? 'met' : 'MISSED'}`,
  )
}
