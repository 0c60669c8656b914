import { DocumentBucket, type IndexEntry } from './document-bucket.ts'
import { referencedIds, shallowRefs, slugOf, typeOf } from './document-keys.ts'

export interface LakeDocument {
  _id: string
  _type: string
  _rev?: string
  [key: string]: unknown
}

/** Called with the id of every document put or removed, after the indexes are updated. */
export type ChangeListener = (id: string) => void

interface StoredKeys {
  readonly type: string | undefined
  readonly slug: string | undefined
  readonly refs: ReadonlySet<string>
  readonly shallow: ReadonlySet<string>
}

const EMPTY: readonly LakeDocument[] = Object.freeze([])

/**
 * The documents the query engine reads, with the secondary indexes its planner narrows scans with:
 * by id, by `_type`, by `slug.current` and by referenced id (reverse references). All are kept up to date
 * on every put/remove. Iteration order (what `*` returns) is first-insertion order; replacing a document
 * keeps its place.
 */
export class DocumentIndex {
  readonly #all = new DocumentBucket()
  readonly #keys = new Map<string, StoredKeys>()
  readonly #byType = new Map<string, DocumentBucket>()
  readonly #bySlug = new Map<string, DocumentBucket>()
  readonly #byReference = new Map<string, DocumentBucket>()
  readonly #byShallowRef = new Map<string, DocumentBucket>()
  readonly #listeners = new Set<ChangeListener>()
  #nextSeq = 0
  #version = 0

  constructor(documents?: Iterable<LakeDocument>) {
    if (documents) for (const doc of documents) this.#store(doc)
  }

  /** Bumps on every put and remove; caches keyed on it stay valid while it is unchanged. */
  get version(): number {
    return this.#version
  }

  get size(): number {
    return this.#all.size
  }

  put(doc: LakeDocument): void {
    this.#store(doc)
    this.#version++
    this.#notify(doc._id)
  }

  remove(id: string): void {
    const keys = this.#keys.get(id)
    if (keys === undefined) return
    this.#unindex(id, keys)
    this.#all.delete(id)
    this.#keys.delete(id)
    this.#version++
    this.#notify(id)
  }

  get(id: string): LakeDocument | undefined {
    return this.#all.get(id)?.doc
  }

  all(): readonly LakeDocument[] {
    return this.#all.documents()
  }

  ofType(type: string): readonly LakeDocument[] {
    return this.#byType.get(type)?.documents() ?? EMPTY
  }

  /** Documents whose `slug.current` is exactly `slug`. */
  withSlug(slug: string): readonly LakeDocument[] {
    return this.#bySlug.get(slug)?.documents() ?? EMPTY
  }

  /** Documents for which `references(id)` is true. */
  referencing(id: string): readonly LakeDocument[] {
    return this.#byReference.get(id)?.documents() ?? EMPTY
  }

  /** Whether `references(refId)` is true for the document `docId`. */
  isReferencing(docId: string, refId: string): boolean {
    return this.#byReference.get(refId)?.has(docId) ?? false
  }

  /** Documents with a top-level `attr._ref` or `attr[]._ref` equal to `id`. */
  holding(id: string): readonly LakeDocument[] {
    return this.#byShallowRef.get(id)?.documents() ?? EMPTY
  }

  /** Whether the document `docId` has a top-level `attr._ref` or `attr[]._ref` equal to `refId`. */
  holds(docId: string, refId: string): boolean {
    return this.#byShallowRef.get(refId)?.has(docId) ?? false
  }

  /** The dataset position of a document (smaller comes first in `*`), or undefined when absent. */
  positionOf(id: string): number | undefined {
    return this.#all.get(id)?.seq
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  onChange(listener: ChangeListener): () => void {
    this.#listeners.add(listener)
    return () => {
      this.#listeners.delete(listener)
    }
  }

  #store(doc: LakeDocument): void {
    const id = doc._id
    const previous = this.#keys.get(id)
    const entry: IndexEntry = { doc, seq: this.#all.get(id)?.seq ?? this.#nextSeq++ }
    const keys: StoredKeys = {
      type: typeOf(doc),
      slug: slugOf(doc),
      refs: referencedIds(doc),
      shallow: shallowRefs(doc),
    }
    // Only keys that changed leave their bucket; the rest are replaced in place (cheap for big buckets).
    if (previous) {
      if (previous.type !== undefined && previous.type !== keys.type)
        removeFrom(this.#byType, previous.type, id)
      if (previous.slug !== undefined && previous.slug !== keys.slug)
        removeFrom(this.#bySlug, previous.slug, id)
      for (const ref of previous.refs) if (!keys.refs.has(ref)) removeFrom(this.#byReference, ref, id)
      for (const ref of previous.shallow) if (!keys.shallow.has(ref)) removeFrom(this.#byShallowRef, ref, id)
    }
    this.#all.set(entry)
    this.#keys.set(id, keys)
    if (keys.type !== undefined) bucketFor(this.#byType, keys.type).set(entry)
    if (keys.slug !== undefined) bucketFor(this.#bySlug, keys.slug).set(entry)
    for (const ref of keys.refs) bucketFor(this.#byReference, ref).set(entry)
    for (const ref of keys.shallow) bucketFor(this.#byShallowRef, ref).set(entry)
  }

  #unindex(id: string, keys: StoredKeys): void {
    if (keys.type !== undefined) removeFrom(this.#byType, keys.type, id)
    if (keys.slug !== undefined) removeFrom(this.#bySlug, keys.slug, id)
    for (const ref of keys.refs) removeFrom(this.#byReference, ref, id)
    for (const ref of keys.shallow) removeFrom(this.#byShallowRef, ref, id)
  }

  #notify(id: string): void {
    for (const listener of this.#listeners) listener(id)
  }
}

function bucketFor(buckets: Map<string, DocumentBucket>, key: string): DocumentBucket {
  let bucket = buckets.get(key)
  if (bucket === undefined) {
    bucket = new DocumentBucket()
    buckets.set(key, bucket)
  }
  return bucket
}

function removeFrom(buckets: Map<string, DocumentBucket>, key: string, id: string): void {
  const bucket = buckets.get(key)
  if (bucket === undefined) return
  bucket.delete(id)
  if (bucket.size === 0) buckets.delete(key)
}
