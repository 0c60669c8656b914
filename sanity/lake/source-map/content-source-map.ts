// Content Source Maps in Sanity's format for a query's result (`resultSourceMap=true|withKeyArraySelector`),
// which @sanity/client's stega encoding and Presentation's overlays read. groq-js does not trace where a
// value came from, so provenance is recovered from the result:
// - an object or array identical to one held by a document the query could have read is that value;
// - a string is looked for among those documents: first in the document whose `_id` is on the nearest
//   enclosing result object, then the next one out, then the dereferenced documents; a path whose field
//   name is the result's key wins over one that only holds an equal value; two candidates at the same
//   step leave the string unmapped (a wrong edit link is worse than none).
// Candidates are the documents whose `_id` appears in the result and the ones the query dereferenced,
// looked up in the same view (perspective) the query ran on, so an anonymous reader's map can only name
// published documents.
import type { DocumentIndex, LakeDocument } from '../query/document-index.ts'
import { type PathSegment, resultPath, sourcePath } from './json-path.ts'
import { SourceDocuments } from './source-documents.ts'

export interface ContentSourceMap {
  documents: { _id: string; _type: string }[]
  paths: string[]
  mappings: Record<
    string,
    { type: 'value'; source: { type: 'documentValue'; document: number; path: number } }
  >
}

export interface SourceMapOptions {
  /** `withKeyArraySelector`: keyed array items as `[?(@._key=='…')]` rather than by position. */
  keySelectors: boolean
}

/** Mappings at most: beyond, the rest of the result is left unmapped. */
const MAX_MAPPINGS = 50_000

type ResultSegment = string | number

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Every `_id` string on an object in the result. */
function resultIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) resultIds(item, into)
    return
  }
  if (!isRecord(value)) return
  if (typeof value._id === 'string') into.add(value._id)
  for (const child of Object.values(value)) if (typeof child === 'object') resultIds(child, into)
}

class SourceMapBuilder {
  readonly map: ContentSourceMap = { documents: [], paths: [], mappings: {} }
  readonly #documentIndex = new Map<LakeDocument, number>()
  readonly #pathIndex = new Map<string, number>()
  readonly #keySelectors: boolean
  #count = 0

  constructor(options: SourceMapOptions) {
    this.#keySelectors = options.keySelectors
  }

  get full(): boolean {
    return this.#count >= MAX_MAPPINGS
  }

  add(at: readonly ResultSegment[], document: LakeDocument, path: readonly PathSegment[]): void {
    let documentNumber = this.#documentIndex.get(document)
    if (documentNumber === undefined) {
      documentNumber = this.map.documents.length
      const stored = typeof document._originalId === 'string' ? document._originalId : document._id
      this.map.documents.push({ _id: stored, _type: document._type })
      this.#documentIndex.set(document, documentNumber)
    }
    const text = sourcePath(path, this.#keySelectors)
    let pathNumber = this.#pathIndex.get(text)
    if (pathNumber === undefined) {
      pathNumber = this.map.paths.length
      this.map.paths.push(text)
      this.#pathIndex.set(text, pathNumber)
    }
    this.#count++
    this.map.mappings[resultPath(at)] = {
      type: 'value',
      source: { type: 'documentValue', document: documentNumber, path: pathNumber },
    }
  }
}

function lastField(path: readonly PathSegment[]): string | undefined {
  const last = path.at(-1)
  return typeof last === 'string' ? last : undefined
}

/**
 * The one location of `value`: step by step through `levels` (each a group of documents), first among
 * paths named like the result's key, then among any paths. Undefined when none or two at the first step
 * that has any.
 */
function locateString(
  sources: SourceDocuments,
  levels: readonly (readonly LakeDocument[])[],
  value: string,
  key: string | undefined,
): { document: LakeDocument; path: readonly PathSegment[] } | undefined {
  for (const namedOnly of [true, false]) {
    if (namedOnly && key === undefined) continue
    for (const level of levels) {
      let found: { document: LakeDocument; path: readonly PathSegment[] } | undefined
      let count = 0
      for (const document of level) {
        for (const path of sources.pathsOf(document, value)) {
          if (namedOnly && lastField(path) !== key) continue
          count++
          found = { document, path }
        }
      }
      if (count === 1) return found
      if (count > 1) return undefined
    }
  }
  return undefined
}

export function buildSourceMap(
  result: unknown,
  view: DocumentIndex,
  dereferenced: Iterable<string>,
  options: SourceMapOptions,
): ContentSourceMap {
  const sources = new SourceDocuments()
  const byId = new Map<string, LakeDocument>()
  const ids = new Set<string>()
  resultIds(result, ids)
  for (const id of [...ids, ...dereferenced]) {
    if (byId.has(id)) continue
    const document = view.get(id)
    if (document === undefined) continue
    if (!sources.add(document)) break
    byId.set(id, document)
  }
  const candidates = [...sources.documents()]
  const builder = new SourceMapBuilder(options)
  const levelsOf = new WeakMap<readonly LakeDocument[], LakeDocument[][]>()
  const levels = (chain: readonly LakeDocument[]): LakeDocument[][] => {
    let found = levelsOf.get(chain)
    if (found === undefined) {
      const others = candidates.filter((document) => !chain.includes(document))
      found = [...chain.map((document) => [document]), others]
      levelsOf.set(chain, found)
    }
    return found
  }

  const walk = (value: unknown, at: ResultSegment[], chain: readonly LakeDocument[]): void => {
    if (builder.full) return
    if (typeof value === 'string') {
      if (value === '') return
      const key = at.findLast((segment): segment is string => typeof segment === 'string')
      const found = locateString(sources, levels(chain), value, key)
      if (found) builder.add(at, found.document, found.path)
      return
    }
    if (typeof value !== 'object' || value === null) return
    const located = sources.locateObject(value)
    if (located) {
      builder.add(at, located.document, located.path)
      return
    }
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, [...at, index], chain)
      return
    }
    if (!isRecord(value)) return
    const own = typeof value._id === 'string' ? byId.get(value._id) : undefined
    const inner = own && chain[0] !== own ? [own, ...chain] : chain
    for (const [name, child] of Object.entries(value)) {
      if (!name.startsWith('_')) walk(child, [...at, name], inner)
    }
  }
  walk(result, [], [])
  return builder.map
}
