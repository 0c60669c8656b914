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
  #cache: readonly LakeDocument[] | undefined

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
    if (!this.#entries.has(id)) {
      // A document can join a bucket after later-inserted ones did (its type or slug changed).
      if (entry.seq < this.#lastSeq) this.#ordered = false
      this.#lastSeq = Math.max(this.#lastSeq, entry.seq)
    }
    this.#entries.set(id, entry)
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

  #restoreOrder(): void {
    if (this.#ordered) return
    const sorted = [...this.#entries.values()].sort((a, b) => a.seq - b.seq)
    this.#entries.clear()
    for (const entry of sorted) this.#entries.set(entry.doc._id, entry)
    this.#ordered = true
  }
}
