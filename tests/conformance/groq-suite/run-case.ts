import { isDeepStrictEqual } from 'node:util'
import { evaluate, evaluateSync, parse, toJS } from 'groq-js'
import { DocumentIndex } from '#sanity/lake/query/document-index.ts'
import { GroqQueryError, runQuery } from '#sanity/lake/query/run-query.ts'
import type { SuiteCase } from './load-suite.ts'

/** The GROQ revision groq-js 2 implements (GROQ-1.revision2), as its own suite runner declares it. */
const GROQ_VERSION: readonly number[] = [1, 2, 0]

/** Optional extensions groq-js implements (the list its own suite runner uses). */
const SUPPORTED_FEATURES = new Set([
  'portableText',
  'contentReleases',
  'internalDocuments',
  'customFunctions',
])

export type Outcome = { pass: true } | { pass: false; reason: string }

/** Why a case does not apply to groq-js 2, or undefined when it does. */
export function notApplicable(testCase: SuiteCase): string | undefined {
  if (testCase.version !== undefined && !satisfies(GROQ_VERSION, testCase.version)) {
    return `version ${testCase.version}`
  }
  const missing = testCase.features.filter((feature) => !SUPPORTED_FEATURES.has(feature))
  return missing.length > 0 ? `features ${missing.join(', ')}` : undefined
}

export function runWithGroqJs(testCase: SuiteCase): Outcome {
  const { query, params, documents } = testCase
  if (!testCase.valid) {
    try {
      parse(query, { params })
      return { pass: false, reason: 'accepted an invalid query' }
    } catch {
      return { pass: true }
    }
  }
  return judge(testCase, () => {
    const tree = parse(query, { params })
    return toJS(evaluateSync(tree, { dataset: documents, params }))
  })
}

/**
 * groq-js's asynchronous evaluator, which alone implements the delta-mode functions (`diff::changedAny`,
 * `delta::changedOnly`...). Reported for information: the lake's runQuery is synchronous by contract.
 */
export async function runWithGroqJsAsync(testCase: SuiteCase): Promise<Outcome> {
  if (!testCase.valid) return runWithGroqJs(testCase)
  const { query, params, documents } = testCase
  let actual: unknown
  try {
    const value = await evaluate(parse(query, { params }), { dataset: documents, params })
    actual = await value.get()
  } catch (error) {
    return { pass: false, reason: describe(error) }
  }
  return judge(testCase, () => actual)
}

export function runWithLake(testCase: SuiteCase, index: DocumentIndex): Outcome {
  const run = () => runQuery(index, testCase.query, testCase.params, { perspective: 'raw' })
  if (!testCase.valid) {
    try {
      run()
      return { pass: false, reason: 'accepted an invalid query' }
    } catch (error) {
      return error instanceof GroqQueryError ? { pass: true } : { pass: false, reason: describe(error) }
    }
  }
  return judge(testCase, run)
}

/** One index per distinct document array, so cases sharing a dataset share the index (as the lake would). */
export function indexCache(): (documents: SuiteCase['documents']) => DocumentIndex {
  const cache = new WeakMap<object, DocumentIndex>()
  return (documents) => {
    let index = cache.get(documents)
    if (index === undefined) {
      index = new DocumentIndex(documents)
      cache.set(documents, index)
    }
    return index
  }
}

function judge(testCase: SuiteCase, evaluate: () => unknown): Outcome {
  let actual: unknown
  try {
    actual = normalised(evaluate())
  } catch (error) {
    return { pass: false, reason: describe(error) }
  }
  const expected = normalised(testCase.result ?? null)
  return isDeepStrictEqual(actual, expected)
    ? { pass: true }
    : { pass: false, reason: `got ${JSON.stringify(actual)?.slice(0, 200)}` }
}

/** JSON round trip (dates, paths) and `_score` replaced by `_pos`: 1 for the highest distinct score. */
function normalised(value: unknown): unknown {
  return rescored(JSON.parse(JSON.stringify(value) ?? 'null'))
}

function rescored(json: unknown): unknown {
  const scores: number[] = []
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect)
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (key === '_score' && typeof child === 'number') scores.push(child)
        else collect(child)
      }
    }
  }
  collect(json)
  const ranked = [...new Set(scores)].sort((a, b) => b - a)
  const replace = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(replace)
    if (typeof node !== 'object' || node === null) return node
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(node)) {
      if (key === '_score' && typeof child === 'number') out._pos = ranked.indexOf(child) + 1
      else out[key] = replace(child)
    }
    return out
  }
  return replace(json)
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}

/** `>= 1.0`, `0.1`, `>= 1.0 < 2.0`: every comparator must hold. */
export function satisfies(version: readonly number[], selector: string): boolean {
  const comparators = selector.match(/(>=|<=|>|<|=)?\s*\d+(\.\d+){0,2}/g) ?? []
  if (comparators.length === 0) return false
  return comparators.every((comparator) => {
    const [, op = '=', digits = ''] = /^(>=|<=|>|<|=)?\s*(.*)$/.exec(comparator) ?? []
    const wanted = digits.split('.').map(Number)
    const order = compareVersions(version, wanted)
    switch (op) {
      case '>=':
        return order >= 0
      case '<=':
        return order <= 0
      case '>':
        return order > 0
      case '<':
        return order < 0
      default:
        // A bare `0.1` names a revision: 1.2.0 does not satisfy it.
        return wanted.every((part, i) => part === (version[i] ?? 0))
    }
  })
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}
