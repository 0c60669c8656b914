// Reads the GROQ conformance suite (YAML, in place) into flat cases, following the upstream builder
// (sanity-io/groq-test-suite src/build.js): children inherit every property of their parent, `~name~`
// variables expand to one case per combination, and JSON-valued variables also yield the generated
// filter/fetch/join variants over one shared generated dataset.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { GeneratedDataset, generatedVariants, type Variant } from './generated-variants.ts'

export interface SuiteDocument {
  _id: string
  _type: string
  [key: string]: unknown
}

export interface SuiteCase {
  /** Upstream name ("File / child / grandchild") plus the expanded query, unique enough to find it. */
  readonly name: string
  readonly file: string
  readonly query: string
  readonly params: Record<string, unknown>
  /** Sorted by _id, as groq-js's own suite runner does. */
  readonly documents: readonly SuiteDocument[]
  readonly valid: boolean
  readonly result: unknown
  readonly version: string | undefined
  readonly features: readonly string[]
}

type Node = Record<string, unknown>

export function loadSuite(suiteDir: string): SuiteCase[] {
  const generated = new GeneratedDataset()
  const pending: Array<{ node: Node; file: string; documents: () => readonly SuiteDocument[] }> = []
  const testDir = join(suiteDir, 'test')
  for (const path of yamlFiles(testDir)) {
    const file = relative(testDir, path)
    const root: unknown = parseYaml(readFileSync(path, 'utf8'))
    if (isNode(root)) collect(root, file, generated, pending)
  }
  return pending.map(({ node, file, documents }) => toCase(node, file, documents()))
}

function collect(
  input: Node,
  file: string,
  generated: GeneratedDataset,
  out: Array<{ node: Node; file: string; documents: () => readonly SuiteDocument[] }>,
): void {
  const { documents, ...rest } = input
  const node: Node = Array.isArray(documents) ? { ...rest, dataset: sortedDocuments(documents) } : rest
  const hasQuery = typeof node.query === 'string'
  if (hasQuery && (Object.hasOwn(node, 'result') || node.valid === false)) {
    const query = String(node.query)
    const variables = isNode(node.variables) ? node.variables : undefined
    const variants: Variant[] = variables
      ? generatedVariants(node, query, variables, generated)
      : /~\w+~/.test(query)
        ? []
        : [{ query }]
    for (const variant of variants) {
      const merged: Node = { ...node, ...variant }
      const dataset = merged.dataset
      out.push({
        node: merged,
        file,
        documents: dataset === 'generated' ? () => generated.documents() : () => documentsOf(dataset),
      })
    }
  }
  const children = Array.isArray(node.tests) ? node.tests : []
  for (const child of children) {
    if (!isNode(child)) continue
    const name =
      typeof node.name === 'string' && typeof child.name === 'string'
        ? `${node.name} / ${child.name}`
        : (child.name ?? node.name)
    const variables =
      isNode(node.variables) || isNode(child.variables)
        ? {
            ...(isNode(node.variables) ? node.variables : {}),
            ...(isNode(child.variables) ? child.variables : {}),
          }
        : undefined
    collect({ ...node, tests: undefined, ...child, name, variables }, file, generated, out)
  }
}

function toCase(node: Node, file: string, documents: readonly SuiteDocument[]): SuiteCase {
  const query = String(node.query)
  const valid = node.valid !== false
  return {
    name: `${file}: ${typeof node.name === 'string' ? node.name : '(unnamed)'} :: ${query.replace(/\s+/g, ' ').trim()}`,
    file,
    query,
    params: isNode(node.params) ? node.params : {},
    documents,
    valid,
    result: valid ? node.result : undefined,
    version: node.version === undefined ? undefined : String(node.version),
    features: Array.isArray(node.features) ? node.features.map(String) : [],
  }
}

function documentsOf(dataset: unknown): readonly SuiteDocument[] {
  return Array.isArray(dataset) ? dataset.filter(isSuiteDocument) : []
}

function sortedDocuments(documents: unknown[]): SuiteDocument[] {
  return documents.filter(isSuiteDocument).sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
}

function isSuiteDocument(value: unknown): value is SuiteDocument {
  return isNode(value) && typeof value._id === 'string' && typeof value._type === 'string'
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function* yamlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* yamlFiles(path)
    else if (entry.name.endsWith('.yml') || entry.name.endsWith('.yaml')) yield path
  }
}
