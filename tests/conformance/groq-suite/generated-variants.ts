// Variable expansion and generated variants, as the upstream builder does them: every combination of the
// `~name~` alternatives (per occurrence, in query order), and for each JSON-valued variable a document in a
// shared generated dataset that the query is rerun against as a filter, a fetch and a join.
import type { SuiteDocument } from './load-suite.ts'

export interface Variant {
  query: string
  result?: unknown
  /** 'generated' for variants that run on the generated dataset. */
  dataset?: 'generated'
}

interface GeneratedValue {
  readonly docId: string
  readonly fieldId: string
}

class IdGenerator {
  readonly #used = new Set<string>()

  generate(base: string): string {
    let id = base
    for (let nonce = 2; this.#used.has(id); nonce++) id = `${base}-${nonce}`
    this.#used.add(id)
    return id
  }
}

export class GeneratedDataset {
  readonly #ids = new IdGenerator()
  readonly #docs: SuiteDocument[] = []
  readonly #byJson = new Map<string, GeneratedValue | undefined>()
  #sorted: SuiteDocument[] | undefined

  /** The document holding the JSON value `source`, or undefined when `source` is not JSON. */
  add(source: string): GeneratedValue | undefined {
    if (this.#byJson.has(source)) return this.#byJson.get(source)
    let value: GeneratedValue | undefined
    try {
      const parsed: unknown = JSON.parse(source)
      const docId = this.#ids.generate('d')
      const fieldId = this.#ids.generate('f').replace(/-/g, '_')
      this.#docs.push({ _id: docId, _type: 'doc', [fieldId]: parsed })
      this.#sorted = undefined
      value = { docId, fieldId }
    } catch {
      value = undefined
    }
    this.#byJson.set(source, value)
    return value
  }

  documents(): readonly SuiteDocument[] {
    this.#sorted ??= [...this.#docs].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
    return this.#sorted
  }
}

export function generatedVariants(
  node: Record<string, unknown>,
  query: string,
  variables: Record<string, unknown>,
  generated: GeneratedDataset,
): Variant[] {
  const keys = [...query.matchAll(/~(\w+)~/g)].map((match) => match[1] ?? '')
  if (keys.some((key) => !Object.hasOwn(variables, key))) return []
  const { result } = node
  const standalone = Array.isArray(node.standaloneVariables) ? node.standaloneVariables : undefined
  const genFilter = node.genFilter !== false
  const genFetch = node.genFetch !== false
  const genJoin = node.genJoin !== false
  const variants: Variant[] = []
  for (const alt of combinations(variables, keys)) {
    variants.push({ query: substitute(query, alt) })
    if (!(genFilter || genFetch || genJoin) || node.dataset) continue
    keys.forEach((key, i) => {
      if (standalone && !standalone.includes(key)) return
      const doc = generated.add(alt[i] ?? '')
      if (!doc) return
      const fetchDoc = `*[_id == ${JSON.stringify(doc.docId)}]`
      if (genFilter) {
        const filter = substitute(query, replaced(alt, i, doc.fieldId))
        variants.push({
          query: `${fetchDoc}[${filter}][]._id`,
          result: result === true ? [doc.docId] : [],
          dataset: 'generated',
        })
        variants.push({
          query: `${fetchDoc}[!(${filter})][]._id`,
          result: result === false ? [doc.docId] : [],
          dataset: 'generated',
        })
      }
      if (genFetch) {
        variants.push({
          query: substitute(query, replaced(alt, i, `${fetchDoc}[0].${doc.fieldId}`)),
          dataset: 'generated',
        })
      }
      if (genJoin && (typeof result === 'boolean' || result === null)) {
        for (let j = i + 1; j < keys.length; j++) {
          const otherKey = keys[j] ?? ''
          if (standalone && !standalone.includes(otherKey)) continue
          const other = generated.add(alt[j] ?? '')
          if (!other) continue
          const joinAlt = replaced(replaced(alt, i, `^.${doc.fieldId}`), j, other.fieldId)
          const inner = `*[_id == ${JSON.stringify(other.docId)}][${substitute(query, joinAlt)}]`
          variants.push({
            query: `${fetchDoc}{"children":${inner}[]._id}`,
            result: [{ children: result === true ? [other.docId] : [] }],
            dataset: 'generated',
          })
        }
      }
    })
  }
  return variants
}

/** Odometer over the list-valued variables, first occurrence turning fastest (upstream order). */
function* combinations(variables: Record<string, unknown>, keys: readonly string[]): Generator<string[]> {
  const state: number[] = []
  for (;;) {
    let advanced = false
    let listIndex = 0
    const alt: string[] = []
    for (const key of keys) {
      const value = variables[key]
      if (Array.isArray(value)) {
        if (state[listIndex] === undefined) state[listIndex] = 0
        const current = state[listIndex] ?? 0
        if (!advanced) {
          const next = current + 1
          if (next === value.length) state[listIndex] = 0
          else {
            state[listIndex] = next
            advanced = true
          }
        }
        listIndex++
        alt.push(String(value[current]))
      } else {
        alt.push(String(value))
      }
    }
    yield alt
    if (!advanced) return
  }
}

function substitute(query: string, alt: readonly string[]): string {
  let index = 0
  return query.replace(/~(\w+)~/g, () => alt[index++] ?? '')
}

function replaced(alt: readonly string[], index: number, value: string): string[] {
  const copy = [...alt]
  copy[index] = value
  return copy
}
