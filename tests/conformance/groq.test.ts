// The official GROQ conformance suite, run through plain groq-js and through the lake's engine (indexes and
// scan narrowing over groq-js). The lake must pass every case groq-js passes.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { loadSuite } from './groq-suite/load-suite.ts'
import {
  indexCache,
  notApplicable,
  runWithGroqJs,
  runWithGroqJsAsync,
  runWithLake,
} from './groq-suite/run-case.ts'

const projectRoot = resolve(import.meta.dirname, '../..')
const suiteDir = resolve(
  projectRoot,
  process.env.GROQ_TEST_SUITE_DIR ?? '../shared/conformance/groq-test-suite',
)
const suitePresent = existsSync(resolve(suiteDir, 'test'))

// Exponential in plain groq-js (minutes; groq-js's own suite runner disables it). The lake still runs it.
const TOO_SLOW_FOR_GROQ_JS = ['legacy/filters.yml: Filters / documents, nested 3 ::']

describe('GROQ conformance suite', () => {
  test('the suite is present (required under CI)', (context) => {
    if (!suitePresent && process.env.CI !== 'true') {
      console.warn(`GROQ conformance suite not found at ${suiteDir}: set GROQ_TEST_SUITE_DIR; skipping`)
      context.skip()
    }
    expect(suitePresent, `GROQ conformance suite missing at ${suiteDir}`).toBe(true)
  })

  test('the lake passes every case plain groq-js passes', async (context) => {
    if (!suitePresent) context.skip()
    const cases = loadSuite(suiteDir)
    const indexFor = indexCache()
    const applicable = cases.filter((testCase) => notApplicable(testCase) === undefined)
    let groqJsPasses = 0
    let groqJsAsyncPasses = 0
    let lakePasses = 0
    const lakeOnlyFailures: string[] = []
    for (const testCase of applicable) {
      const lake = runWithLake(testCase, indexFor(testCase.documents))
      if (lake.pass) lakePasses++
      if (TOO_SLOW_FOR_GROQ_JS.some((prefix) => testCase.name.startsWith(prefix))) continue
      const baseline = runWithGroqJs(testCase)
      if (baseline.pass) groqJsPasses++
      if ((await runWithGroqJsAsync(testCase)).pass) groqJsAsyncPasses++
      if (baseline.pass && !lake.pass) lakeOnlyFailures.push(`${testCase.name} -> ${lake.reason}`)
    }
    const total = applicable.length
    console.log(
      `GROQ conformance: groq-js ${groqJsPasses}/${total}, lake ${lakePasses}/${total}, ` +
        `lake-only failures ${lakeOnlyFailures.length}; groq-js async evaluate ${groqJsAsyncPasses}/${total} ` +
        `(delta-mode functions are async-only); ${cases.length - total} cases not applicable to GROQ-1.2`,
    )
    // Guards against a loader that silently loads nothing or runs cases wrongly.
    expect(total).toBeGreaterThan(5000)
    expect(groqJsPasses / total).toBeGreaterThan(0.8)
    expect(lakeOnlyFailures).toEqual([])
  }, 120_000)
})
