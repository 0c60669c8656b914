// `npm run bench:site`: Lighthouse (mobile preset) on each page type of the production build, three runs
// each, printing the medians. Not part of the tests; run it on a quiet machine.
//
// It starts its own stack (bench/site/stack.ts): a lake with the demo magazine in a temp dir and `next start`.
// It builds (`npm run build`: fonts, then `next build`) with --build, or when .next holds no build made by this
// bench (a build bakes the site's port in). --e2e-build measures the build the e2e setup left in .next instead,
// on its ports. Other flags: --runs N (default 3), --pages home,article (default all seven), --render-document
// (Chromium with RenderDocument on, as Chrome and DevTools' Lighthouse run; the default is the Lighthouse CLI's
// flags, which turn it off: see lighthouse.ts). After the site's pages it measures a bare Next page (bench/site/
// bare-next.ts) in the same way and prints each page against it: the framework's own floor on this machine.
import { parseArgs } from 'node:util'
import { findVarnishd } from '#scripts/lib/varnish-process.ts'
import type { NextServer } from '#tests/e2e/next-server.ts'
import { startBareNext } from './bare-next.ts'
import { type LighthouseBrowser, launchBrowser, type PageRun, runLighthouse } from './lighthouse.ts'
import { startSiteStack } from './stack.ts'
import { formatBaselineComparison, formatTable, medianRun } from './table.ts'
import { formatTargets } from './targets.ts'
import { formatThroughputReport, runThroughputBench } from './throughput.ts'

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
    'render-document': { type: 'boolean', default: false },
  },
})
const runs = Number(values.runs)
const pageNames = values.pages.split(',').filter((name) => name in PAGES)
/** The baseline's row: bench/site/bare-next, measured in the same run (see bare-next.ts). */
const BARE_NEXT_PAGE = 'bare Next'

const log = (line: string) => process.stderr.write(`${line}\n`)
const stack = await startSiteStack({ build: values.build, useE2eBuild: values['e2e-build'], log })
/** The bare Next page's `next start`, while it runs. */
let bare: NextServer | undefined
// Interrupted: still stop the lake and the `next start`s (their own process groups) before leaving.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    Promise.all([stack.close(), bare?.stop()]).finally(() => process.exit(130))
  })
}
/** Lighthouse `runs` times on one page; the medians, or nothing when every run failed. */
async function measure(browser: LighthouseBrowser, name: string, url: string): Promise<PageRun | undefined> {
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
  return results.length > 0 ? medianRun(results) : undefined
}

try {
  const browser = await launchBrowser({ renderDocument: values['render-document'] })
  const medians: Array<[string, PageRun]> = []
  let baseline: PageRun | undefined
  try {
    for (const name of pageNames) {
      const median = await measure(browser, name, new URL(PAGES[name] ?? '/', stack.siteUrl).toString())
      if (median) medians.push([name, median])
    }
    bare = await startBareNext({ build: values.build, log })
    try {
      baseline = await measure(browser, BARE_NEXT_PAGE, bare.url)
    } finally {
      await bare.stop()
      bare = undefined
    }
  } finally {
    await browser.close()
  }
  const chrome = values['render-document']
    ? 'Chromium with RenderDocument on'
    : "the Lighthouse CLI's Chromium flags"
  console.log(`\nLighthouse mobile preset, median of ${runs} runs, ${chrome}, ${stack.siteUrl}\n`)
  console.log(formatTable(baseline ? [...medians, [BARE_NEXT_PAGE, baseline]] : medians))
  if (baseline) console.log(`\n${formatBaselineComparison(medians, baseline)}`)
  console.log(`\n${formatTargets(medians, baseline)}`)

  // The edge cache's throughput against a static server, in the same run (needs varnishd with xkey).
  if (findVarnishd()) {
    const report = await runThroughputBench({
      siteUrl: stack.siteUrl,
      lakeUrl: stack.lakeUrl,
      articlePath: PAGES.article ?? '/',
      includeOrigin: true,
      log,
    })
    console.log(`\n${formatThroughputReport(report)}`)
  } else {
    console.log('\nthroughput: varnishd is not installed (apt-get install varnish varnish-modules); skipped')
  }
} finally {
  await stack.close()
}
