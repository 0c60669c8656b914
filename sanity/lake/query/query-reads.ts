// What a query's result depends on, as index keys: a write that touches none of them (in the document's state
// before or after) cannot change the result. The live layer turns these into sync tags.
import { estimate, type KeyedConstraint } from './candidates.ts'
import { ALL_DOCUMENTS, type IndexName } from './constraints.ts'
import type { DocumentIndex } from './document-index.ts'

export type ReadIndex = Exclude<IndexName, 'constant'>

export interface ReadKey {
  readonly index: ReadIndex
  readonly key: string
}

/** Beyond this many keys a query depends on "everything": tags stay few (Next caps tags per fetch). */
export const MAX_READ_KEYS = 20

/** What a query read, as plain data (it crosses from a query worker to the main thread). */
export interface ReadSummary {
  readonly everything: boolean
  readonly keys: readonly ReadKey[]
}

export class QueryReads implements ReadSummary {
  #everything = false
  readonly #keys = new Map<string, ReadKey>()

  /** True when the query scanned documents the indexes could not narrow: any write may change it. */
  get everything(): boolean {
    return this.#everything || this.#keys.size > MAX_READ_KEYS
  }

  get keys(): readonly ReadKey[] {
    return [...this.#keys.values()]
  }

  summary(): ReadSummary {
    return { everything: this.everything, keys: this.everything ? [] : this.keys }
  }

  readEverything(): void {
    this.#everything = true
  }

  /** A dereference or `_id` lookup of one document. */
  readDocument(id: string): void {
    this.#add('id', id)
  }

  /**
   * A narrowed scan: every document that could ever pass the filter holds one of these keys, so a write
   * that can change which documents pass touches one of them. For `and` one part suffices (the smallest).
   */
  readCandidates(view: DocumentIndex, constraint: KeyedConstraint | undefined): void {
    if (this.everything) return
    const keys = constraint === undefined ? undefined : necessaryKeys(view, constraint)
    if (keys === undefined) this.readEverything()
    else for (const { index, key } of keys) this.#add(index, key)
  }

  #add(index: ReadIndex, key: string): void {
    if (this.everything) return
    this.#keys.set(`${index}\u0000${key}`, { index, key })
  }
}

/** The keys one of which a matching document must hold; undefined: no such bound (any document may match). */
function necessaryKeys(view: DocumentIndex, constraint: KeyedConstraint): ReadKey[] | undefined {
  switch (constraint.kind) {
    case 'index': {
      if (constraint.index === 'constant') return constraint.keys.has(ALL_DOCUMENTS) ? undefined : []
      const index = constraint.index
      return [...constraint.keys].map((key) => ({ index, key }))
    }
    case 'or': {
      const all: ReadKey[] = []
      for (const part of constraint.parts) {
        const keys = necessaryKeys(view, part)
        if (keys === undefined) return undefined
        all.push(...keys)
      }
      return all
    }
    case 'and': {
      let best: { keys: ReadKey[]; size: number } | undefined
      for (const part of constraint.parts) {
        const keys = necessaryKeys(view, part)
        if (keys === undefined) continue
        const size = estimate(view, part)
        if (!best || keys.length < best.keys.length || (keys.length === best.keys.length && size < best.size))
          best = { keys, size }
      }
      return best?.keys
    }
  }
}

/** Whether a `*` is left unnarrowed (a plain scan of every document); parameter values are not nodes. */
export function scansEverything(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(scansEverything)
  if (typeof node !== 'object' || node === null || !('type' in node)) return false
  if (node.type === 'Everything') return true
  if (node.type === 'Value') return false
  return Object.values(node).some(scansEverything)
}
