import type { DocumentIndex, LakeDocument } from './document-index.ts'

// Documents ordered by one string attribute, for `*[cond] | order(attr)[a...b]`: the planner hands groq-js
// the first few in that order instead of every candidate. Kept up to date on every change of the view
// (a binary search and a splice per write), built on first use per view and attribute.

interface KeyedEntry {
  readonly key: string
  readonly seq: number
  readonly doc: LakeDocument
}

/** How the order key is read from the attribute: as is, or through `lower()` (groq-js: toLowerCase). */
export type KeyTransform = 'none' | 'lower'

/** The key as `order(attr)` / `order(lower(attr))` reads it from a stored (JSON) document, when a string. */
function keyOf(doc: LakeDocument, attribute: string, transform: KeyTransform): string | undefined {
  const value = Object.hasOwn(doc, attribute) ? doc[attribute] : undefined
  if (typeof value !== 'string') return undefined
  return transform === 'lower' ? value.toLowerCase() : value
}

/** groq-js compares strings with < and > (UTF-16 code units); ties keep dataset order. */
function compareEntries(a: KeyedEntry, b: KeyedEntry): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1
  return a.seq - b.seq
}

export class SortedKeys {
  readonly #view: DocumentIndex
  readonly #attribute: string
  readonly #transform: KeyTransform
  /** Documents whose attribute is a string, by (key, dataset position). */
  readonly #keyed: KeyedEntry[] = []
  readonly #entryOf = new Map<string, KeyedEntry>()
  /** Documents whose attribute is missing or not a string: always candidates, wherever they sort. */
  readonly #unkeyed = new Map<string, LakeDocument>()
  /** The same by `_type`, so a scan for one type does not read every unkeyed document of the view. */
  readonly #unkeyedByType = new Map<string, Map<string, LakeDocument>>()

  constructor(view: DocumentIndex, attribute: string, transform: KeyTransform) {
    this.#view = view
    this.#attribute = attribute
    this.#transform = transform
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

  /**
   * The documents with a string key, one tie group (equal keys) at a time, groups in ascending (or
   * descending) key order, each group in dataset order: how `order(key)` sorts them.
   */
  *groups(descending: boolean): Generator<LakeDocument[]> {
    const keyed = this.#keyed
    let at = descending ? keyed.length - 1 : 0
    while (at >= 0 && at < keyed.length) {
      const key = keyed[at]?.key
      let end = at
      const step = descending ? -1 : 1
      while (end + step >= 0 && end + step < keyed.length && keyed[end + step]?.key === key) end += step
      const [low, high] = descending ? [end, at] : [at, end]
      const group: LakeDocument[] = []
      for (let i = low; i <= high; i++) {
        const entry = keyed[i]
        if (entry) group.push(entry.doc)
      }
      yield group
      at = end + step
    }
  }

  /** The key `order` compares for a document, undefined when it has none (sorts apart from the keyed). */
  keyOf(doc: LakeDocument): string | undefined {
    return keyOf(doc, this.#attribute, this.#transform)
  }

  /** How many documents have a string key. */
  get keyedCount(): number {
    return this.#keyed.length
  }

  /** How many documents have no string key. */
  get unkeyedCount(): number {
    return this.#unkeyed.size
  }

  /** Whether some admitted document has no string key; `types`, when given, holds every admitted `_type`. */
  hasUnkeyed(admits: (doc: LakeDocument) => boolean, types?: ReadonlySet<string>): boolean {
    for (const doc of this.#unkeyedOf(types)) if (admits(doc)) return true
    return false
  }

  /** Admitted documents without a string key; `types`, when given, holds every admitted `_type`. */
  unkeyed(admits: (doc: LakeDocument) => boolean, types?: ReadonlySet<string>): LakeDocument[] {
    const found: LakeDocument[] = []
    for (const doc of this.#unkeyedOf(types)) if (admits(doc)) found.push(doc)
    return found
  }

  *#unkeyedOf(types: ReadonlySet<string> | undefined): Generator<LakeDocument> {
    if (types === undefined) {
      yield* this.#unkeyed.values()
      return
    }
    for (const type of types) {
      const docs = this.#unkeyedByType.get(type)
      if (docs) yield* docs.values()
    }
  }

  #setUnkeyed(doc: LakeDocument): void {
    this.#unkeyed.set(doc._id, doc)
    if (typeof doc._type !== 'string') return
    let docs = this.#unkeyedByType.get(doc._type)
    if (docs === undefined) {
      docs = new Map()
      this.#unkeyedByType.set(doc._type, docs)
    }
    docs.set(doc._id, doc)
  }

  #deleteUnkeyed(id: string): void {
    const doc = this.#unkeyed.get(id)
    if (doc === undefined) return
    this.#unkeyed.delete(id)
    if (typeof doc._type !== 'string') return
    const docs = this.#unkeyedByType.get(doc._type)
    docs?.delete(id)
    if (docs?.size === 0) this.#unkeyedByType.delete(doc._type)
  }

  #add(doc: LakeDocument): void {
    const key = keyOf(doc, this.#attribute, this.#transform)
    if (key === undefined) {
      this.#setUnkeyed(doc)
      return
    }
    const entry = { key, seq: this.#view.positionOf(doc._id) ?? 0, doc }
    this.#entryOf.set(doc._id, entry)
    this.#keyed.push(entry)
  }

  #refresh(id: string): void {
    this.#deleteUnkeyed(id)
    const previous = this.#entryOf.get(id)
    if (previous) {
      this.#entryOf.delete(id)
      this.#keyed.splice(this.#search(previous), 1)
    }
    const doc = this.#view.get(id)
    if (doc === undefined) return
    const key = keyOf(doc, this.#attribute, this.#transform)
    if (key === undefined) {
      this.#setUnkeyed(doc)
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

export function sortedKeys(
  view: DocumentIndex,
  attribute: string,
  transform: KeyTransform = 'none',
): SortedKeys {
  let byAttribute = cache.get(view)
  if (byAttribute === undefined) {
    byAttribute = new Map()
    cache.set(view, byAttribute)
  }
  const cacheKey = `${transform}:${attribute}`
  let sorted = byAttribute.get(cacheKey)
  if (sorted === undefined) {
    sorted = new SortedKeys(view, attribute, transform)
    byAttribute.set(cacheKey, sorted)
  }
  return sorted
}
