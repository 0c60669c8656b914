import type { LakeDocument } from './document-index.ts'

/** A stored document with the sequence number of its first insertion, which fixes its place in `*`. */
export interface IndexEntry {
  readonly doc: LakeDocument
  readonly seq: number
}

/**
 * A set of entries kept in dataset order (ascending `seq`), so a narrowed scan returns documents in the same
 * order as a full scan would. Membership changes are O(1); the ordered array is rebuilt lazily on read.
 */
export class DocumentBucket {
  readonly #entries = new Map<string, IndexEntry>()
  #lastSeq = -1
  #ordered = true
  #cache: LakeDocument[] | undefined

  get size(): number {
    return this.#entries.size
  }

  has(id: string): boolean {
    return this.#entries.has(id)
  }

  get(id: string): IndexEntry | undefined {
    return this.#entries.get(id)
  }

  set(entry: IndexEntry): void {
    const id = entry.doc._id
    const existing = this.#entries.get(id)
    this.#entries.set(id, entry)
    if (existing) {
      // An edit: same place in `*`, so patch the cached array instead of rebuilding it (100k documents).
      this.#replaceCached(existing, entry.doc)
      return
    }
    // A document can join a bucket after later-inserted ones did (its type or slug changed).
    if (entry.seq < this.#lastSeq) this.#ordered = false
    this.#lastSeq = Math.max(this.#lastSeq, entry.seq)
    this.#cache = undefined
  }

  delete(id: string): boolean {
    const deleted = this.#entries.delete(id)
    if (deleted) this.#cache = undefined
    return deleted
  }

  entries(): Iterable<IndexEntry> {
    this.#restoreOrder()
    return this.#entries.values()
  }

  documents(): readonly LakeDocument[] {
    if (this.#cache === undefined) {
      this.#restoreOrder()
      const docs: LakeDocument[] = []
      for (const entry of this.#entries.values()) docs.push(entry.doc)
      this.#cache = docs
    }
    return this.#cache
  }

  #replaceCached(previous: IndexEntry, doc: LakeDocument): void {
    const cache = this.#cache
    if (cache === undefined || !this.#ordered) return
    // The cache is sorted by seq: binary search for the replaced document's slot.
    let low = 0
    let high = cache.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const candidate = cache[middle]
      const seq = candidate === undefined ? undefined : this.#entries.get(candidate._id)?.seq
      if (seq === undefined) break
      if (seq === previous.seq) {
        cache[middle] = doc
        return
      }
      if (seq < previous.seq) low = middle + 1
      else high = middle - 1
    }
    this.#cache = undefined
  }

  #restoreOrder(): void {
    if (this.#ordered) return
    const sorted = [...this.#entries.values()].sort((a, b) => a.seq - b.seq)
    this.#entries.clear()
    for (const entry of sorted) this.#entries.set(entry.doc._id, entry)
    this.#ordered = true
  }
}
