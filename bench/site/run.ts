// `npm run bench:site`: Lighthouse (mobile preset) on each page type of the production build, three runs
// each, printing the medians. Not part of the tests; run it on a quiet machine.
//
// It starts its own stack (bench/site/stack.ts): a lake with the demo magazine in a temp dir and `next start`.
// It builds (`npm run build`: fonts, then `next build`) with --build, or when .next holds no build made by this
// bench (a build bakes the site's port in). --e2e-build measures the build the e2e setup left in .next instead,
// on its ports. Other flags: --runs N (default 3), --pages home,article (default all seven).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { ROOT } from '#tests/e2e/next-server.ts'
import { launchBrowser, type PageRun, runLighthouse } from './lighthouse.ts'
import { startSiteStack } from './stack.ts'
import { formatTable, medianRun } from './table.ts'

/** One page of each type, from the demo magazine. */
const PAGES: Record<string, string> = {
  home: '/',
  article: '/reviews/ballerina',
  section: '/reviews',
  film: '/films/ballerina',
  person: '/people/keanu-reeves',
  search: '/search?q=ballerina',
  notFound: '/no-such-page',
}

const { values } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    'e2e-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    pages: { type: 'string', default: Object.keys(PAGES).join(',') },
  },
})
const runs = Number(values.runs)
const pageNames = values.pages.split(',').filter((name) => name in PAGES)

const log = (line: string) => process.stderr.write(`${line}\n`)
const stack = await startSiteStack({ build: values.build, useE2eBuild: values['e2e-build'], log })
// Interrupted: still stop the lake and `next start` (their own process group) before leaving.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stack.close().finally(() => process.exit(130))
  })
}
try {
  const browser = await launchBrowser()
  const medians: Array<[string, PageRun]> = []
  try {
    for (const name of pageNames) {
      const url = new URL(PAGES[name] ?? '/', stack.siteUrl).toString()
      // A first, unmeasured visit fills the ISR cache and next start's compiled-route cache.
      await fetch(url)
      const results: PageRun[] = []
      for (let i = 0; i < runs; i++) {
        try {
          const result = await runLighthouse(browser, url)
          log(`${name} run ${i + 1}: perf ${result.performance}, LCP ${Math.round(result.lcpMs)} ms`)
          results.push(result)
        } catch (error) {
          log(`${name} run ${i + 1} failed: ${error instanceof Error ? error.message : String(error)}`)
        }
      }
      if (results.length > 0) medians.push([name, medianRun(results)])
    }
  } finally {
    await browser.close()
  }
  console.log(`\nLighthouse mobile preset, median of ${runs} runs, ${stack.siteUrl}\n`)
  console.log(formatTable(medians))

  // Edge-cache throughput (issue 12's other half) lives in bench/site/throughput.ts when that branch is merged.
  const throughputModule = join(ROOT, 'bench/site/throughput.ts')
  if (existsSync(throughputModule)) {
    const throughput: unknown = await import(throughputModule)
    const run =
      throughput && typeof throughput === 'object' ? Reflect.get(throughput, 'runThroughputBench') : undefined
    if (typeof run !== 'function')
      throw new Error('bench/site/throughput.ts does not export runThroughputBench')
    await run({ siteUrl: stack.siteUrl })
  } else {
    console.log('\nthroughput: bench/site/throughput.ts (runThroughputBench) is not on this branch; skipped')
  }
} finally {
  await stack.close()
}
