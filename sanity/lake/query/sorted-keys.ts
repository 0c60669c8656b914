import type { DocumentIndex, LakeDocument } from './document-index.ts'

// Documents ordered by one string attribute, for `*[cond] | order(attr)[a...b]`: the planner hands groq-js
// the first few in that order instead of every candidate. Kept up to date on every change of the view
// (a binary search and a splice per write), built on first use per view and attribute.

interface KeyedEntry {
  readonly key: string
  readonly seq: number
  readonly doc: LakeDocument
}

/** The attribute as `order(attr)` reads it from a stored (JSON) document, when it is a string. */
function keyOf(doc: LakeDocument, attribute: string): string | undefined {
  const value = Object.hasOwn(doc, attribute) ? doc[attribute] : undefined
  return typeof value === 'string' ? value : undefined
}

/** groq-js compares strings with < and > (UTF-16 code units); ties keep dataset order. */
function compareEntries(a: KeyedEntry, b: KeyedEntry): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1
  return a.seq - b.seq
}

export class SortedKeys {
  readonly #view: DocumentIndex
  readonly #attribute: string
  /** Documents whose attribute is a string, by (key, dataset position). */
  readonly #keyed: KeyedEntry[] = []
  readonly #entryOf = new Map<string, KeyedEntry>()
  /** Documents whose attribute is missing or not a string: always candidates, wherever they sort. */
  readonly #unkeyed = new Map<string, LakeDocument>()

  constructor(view: DocumentIndex, attribute: string) {
    this.#view = view
    this.#attribute = attribute
    for (const doc of view.all()) this.#add(doc)
    this.#keyed.sort(compareEntries)
    view.onChange((id) => this.#refresh(id))
  }

  /**
   * The first `count` admitted documents in ascending (or descending) key order, extended to the end of the
   * last key's tie group, so every admitted keyed document left out sorts strictly after all of them.
   */
  prefix(count: number, descending: boolean, admits: (doc: LakeDocument) => boolean): LakeDocument[] {
    const keyed = this.#keyed
    const found: LakeDocument[] = []
    let lastKey: string | undefined
    for (let step = 0; step < keyed.length; step++) {
      const entry = keyed[descending ? keyed.length - 1 - step : step]
      if (entry === undefined) break
      if (found.length >= count && entry.key !== lastKey) break
      if (!admits(entry.doc)) continue
      found.push(entry.doc)
      lastKey = entry.key
    }
    return found
  }

  /** Admitted documents without a string key. */
  unkeyed(admits: (doc: LakeDocument) => boolean): LakeDocument[] {
    const found: LakeDocument[] = []
    for (const doc of this.#unkeyed.values()) if (admits(doc)) found.push(doc)
    return found
  }

  #add(doc: LakeDocument): void {
    const key = keyOf(doc, this.#attribute)
    if (key === undefined) {
      this.#unkeyed.set(doc._id, doc)
      return
    }
    const entry = { key, seq: this.#view.positionOf(doc._id) ?? 0, doc }
    this.#entryOf.set(doc._id, entry)
    this.#keyed.push(entry)
  }

  #refresh(id: string): void {
    this.#unkeyed.delete(id)
    const previous = this.#entryOf.get(id)
    if (previous) {
      this.#entryOf.delete(id)
      this.#keyed.splice(this.#search(previous), 1)
    }
    const doc = this.#view.get(id)
    if (doc === undefined) return
    const key = keyOf(doc, this.#attribute)
    if (key === undefined) {
      this.#unkeyed.set(id, doc)
      return
    }
    const entry = { key, seq: this.#view.positionOf(id) ?? 0, doc }
    this.#entryOf.set(id, entry)
    this.#keyed.splice(this.#search(entry), 0, entry)
  }

  /** Index of the entry, or where it would go. */
  #search(entry: KeyedEntry): number {
    let low = 0
    let high = this.#keyed.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const other = this.#keyed[middle]
      if (other !== undefined && compareEntries(other, entry) < 0) low = middle + 1
      else high = middle
    }
    return low
  }
}

const cache = new WeakMap<DocumentIndex, Map<string, SortedKeys>>()

export function sortedKeys(view: DocumentIndex, attribute: string): SortedKeys {
  let byAttribute = cache.get(view)
  if (byAttribute === undefined) {
    byAttribute = new Map()
    cache.set(view, byAttribute)
  }
  let sorted = byAttribute.get(attribute)
  if (sorted === undefined) {
    sorted = new SortedKeys(view, attribute)
    byAttribute.set(attribute, sorted)
  }
  return sorted
}
