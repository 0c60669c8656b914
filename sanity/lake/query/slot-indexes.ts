import type { DocumentIndex, LakeDocument } from './document-index.ts'
import { valueAt } from './text-sources.ts'

// Per-view indexes keyed by dense document numbers ("slots"), so scores can be added up in typed arrays
// instead of per-document maps: the slots themselves, who references whom through one attribute
// (`film`, `films[]`), and documents carrying their own numeric `_score` (which score() adds to).

/** Dense numbers for the documents of a view, shared by its text indexes. */
export class DocumentSlots {
  readonly #slots = new Map<string, number>()
  readonly #ids: string[] = []

  /** The document's slot, assigned on first sight and kept (a re-created id gets its old slot). */
  slotOf(id: string): number {
    let slot = this.#slots.get(id)
    if (slot === undefined) {
      slot = this.#ids.length
      this.#slots.set(id, slot)
      this.#ids.push(id)
    }
    return slot
  }

  /** The slot, or undefined for an id never indexed. */
  find(id: string): number | undefined {
    return this.#slots.get(id)
  }

  /** The id a slot was assigned to. */
  idAt(slot: number): string | undefined {
    return this.#ids[slot]
  }

  get capacity(): number {
    return this.#ids.length
  }
}

function refOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const ref: unknown = Reflect.get(value, '_ref')
  return typeof ref === 'string' ? ref : undefined
}

/** The ids `path->` (one) or `path[]->` (many) dereferences on a document, each as often as it occurs. */
function referencesAt(doc: LakeDocument, path: readonly string[], many: boolean): string[] {
  const value = valueAt(doc, path)
  if (!many) {
    const ref = refOf(value)
    return ref === undefined ? [] : [ref]
  }
  if (!Array.isArray(value)) return []
  return value.flatMap((item) => {
    const ref = refOf(item)
    return ref === undefined ? [] : [ref]
  })
}

export interface PackedHolders {
  readonly slots: Int32Array
  readonly times: Int32Array
}

/** Referenced id -> slots of the documents that dereference it through one attribute, with multiplicity. */
export class ReferenceSlots {
  readonly #view: DocumentIndex
  readonly #slots: DocumentSlots
  readonly #path: readonly string[]
  readonly #many: boolean
  readonly #byTarget = new Map<string, Map<number, number>>()
  readonly #packed = new Map<string, PackedHolders>()
  readonly #indexed = new Map<number, LakeDocument>()

  constructor(view: DocumentIndex, slots: DocumentSlots, path: readonly string[], many: boolean) {
    this.#view = view
    this.#slots = slots
    this.#path = path
    this.#many = many
    for (const doc of view.all()) this.#add(doc)
    view.onChange((id) => this.#refresh(id))
  }

  /** Slots dereferencing `id`, with how many times each does, as arrays (cached until they change). */
  holders(id: string): PackedHolders | undefined {
    const cached = this.#packed.get(id)
    if (cached) return cached
    const holders = this.#byTarget.get(id)
    if (holders === undefined) return undefined
    const packed = { slots: new Int32Array(holders.size), times: new Int32Array(holders.size) }
    let i = 0
    for (const [slot, times] of holders) {
      packed.slots[i] = slot
      packed.times[i] = times
      i++
    }
    this.#packed.set(id, packed)
    return packed
  }

  #add(doc: LakeDocument): void {
    const slot = this.#slots.slotOf(doc._id)
    this.#indexed.set(slot, doc)
    for (const target of referencesAt(doc, this.#path, this.#many)) {
      let holders = this.#byTarget.get(target)
      if (holders === undefined) {
        holders = new Map()
        this.#byTarget.set(target, holders)
      }
      holders.set(slot, (holders.get(slot) ?? 0) + 1)
      this.#packed.delete(target)
    }
  }

  #refresh(id: string): void {
    const slot = this.#slots.find(id)
    const previous = slot === undefined ? undefined : this.#indexed.get(slot)
    const doc = this.#view.get(id)
    if (previous === doc) return
    if (slot !== undefined && previous !== undefined) {
      this.#indexed.delete(slot)
      for (const target of new Set(referencesAt(previous, this.#path, this.#many))) {
        const holders = this.#byTarget.get(target)
        holders?.delete(slot)
        this.#packed.delete(target)
        if (holders?.size === 0) this.#byTarget.delete(target)
      }
    }
    if (doc) this.#add(doc)
  }
}

/** Documents with a numeric `_score` of their own, which `score()` starts from. */
export class OwnScores {
  readonly #view: DocumentIndex
  readonly #slots: DocumentSlots
  readonly #scores = new Map<number, number>()

  constructor(view: DocumentIndex, slots: DocumentSlots) {
    this.#view = view
    this.#slots = slots
    for (const doc of view.all()) this.#refresh(doc._id)
    view.onChange((id) => this.#refresh(id))
  }

  entries(): IterableIterator<[number, number]> {
    return this.#scores.entries()
  }

  #refresh(id: string): void {
    const slot = this.#slots.slotOf(id)
    const score = this.#view.get(id)?._score
    if (typeof score === 'number') this.#scores.set(slot, score)
    else this.#scores.delete(slot)
  }
}

interface ViewIndexes {
  readonly slots: DocumentSlots
  readonly references: Map<string, ReferenceSlots>
  ownScores: OwnScores | undefined
}

const byView = new WeakMap<DocumentIndex, ViewIndexes>()

function indexesOf(view: DocumentIndex): ViewIndexes {
  let indexes = byView.get(view)
  if (indexes === undefined) {
    indexes = { slots: new DocumentSlots(), references: new Map(), ownScores: undefined }
    byView.set(view, indexes)
  }
  return indexes
}

/** The slots of a view (the same numbering every slot index of the view uses). */
export function documentSlots(view: DocumentIndex): DocumentSlots {
  return indexesOf(view).slots
}

export function referenceSlots(view: DocumentIndex, path: readonly string[], many: boolean): ReferenceSlots {
  const indexes = indexesOf(view)
  const key = `${many ? 'many' : 'one'}:${JSON.stringify(path)}`
  let found = indexes.references.get(key)
  if (found === undefined) {
    found = new ReferenceSlots(view, indexes.slots, path, many)
    indexes.references.set(key, found)
  }
  return found
}

export function ownScores(view: DocumentIndex): OwnScores {
  const indexes = indexesOf(view)
  indexes.ownScores ??= new OwnScores(view, indexes.slots)
  return indexes.ownScores
}
