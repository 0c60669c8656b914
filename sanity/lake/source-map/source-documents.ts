// The documents a result's values may come from, indexed two ways: every object and array they hold by
// identity (groq-js hands stored values through untouched, so an identical object is its own provenance),
// and every string by value (strings have no identity: equal values are candidates, see content-source-map.ts).
import type { LakeDocument } from '../query/document-index.ts'
import type { PathSegment } from './json-path.ts'

export interface SourceLocation {
  readonly document: LakeDocument
  readonly path: readonly PathSegment[]
}

/** Documents indexed at most; the rest of a huge result is left unmapped. */
export const MAX_SOURCE_DOCUMENTS = 1000
/** Values indexed per document at most (a very long body is mapped as far as this goes). */
const MAX_VALUES_PER_DOCUMENT = 50_000

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** System fields (`_id`, `_type`, `_ref`, `_key`, `_rev`…) are never a value an editor clicks to edit. */
function isSystemField(name: string): boolean {
  return name.startsWith('_')
}

export class SourceDocuments {
  readonly #byObject = new Map<object, SourceLocation>()
  readonly #strings = new Map<LakeDocument, Map<string, (readonly PathSegment[])[]>>()

  get size(): number {
    return this.#strings.size
  }

  has(document: LakeDocument): boolean {
    return this.#strings.has(document)
  }

  documents(): IterableIterator<LakeDocument> {
    return this.#strings.keys()
  }

  /** Indexes a document; false once the limit is reached. */
  add(document: LakeDocument): boolean {
    if (this.#strings.has(document)) return true
    if (this.#strings.size >= MAX_SOURCE_DOCUMENTS) return false
    const strings = new Map<string, (readonly PathSegment[])[]>()
    this.#strings.set(document, strings)
    let budget = MAX_VALUES_PER_DOCUMENT
    const visit = (value: unknown, path: readonly PathSegment[]): void => {
      if (budget-- <= 0) return
      if (typeof value === 'string') {
        if (value === '') return
        const paths = strings.get(value)
        if (paths) paths.push(path)
        else strings.set(value, [path])
        return
      }
      if (typeof value !== 'object' || value === null) return
      if (!this.#byObject.has(value)) this.#byObject.set(value, { document, path })
      if (Array.isArray(value)) {
        value.forEach((item, index) => {
          const key = isRecord(item) && typeof item._key === 'string' ? item._key : undefined
          visit(item, [...path, key === undefined ? index : { key, index }])
        })
        return
      }
      for (const [name, child] of Object.entries(value)) {
        if (!isSystemField(name)) visit(child, [...path, name])
      }
    }
    visit(document, [])
    return true
  }

  /** Where this very object or array is stored, if it is one of the indexed documents' own values. */
  locateObject(value: object): SourceLocation | undefined {
    return this.#byObject.get(value)
  }

  /** Every path in `document` holding exactly this string. */
  pathsOf(document: LakeDocument, value: string): readonly (readonly PathSegment[])[] {
    return this.#strings.get(document)?.get(value) ?? []
  }
}
