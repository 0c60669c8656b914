import type { DocumentIndex, LakeDocument } from './document-index.ts'
import { type DocumentSlots, documentSlots } from './slot-indexes.ts'
import { tokenize } from './text-search.ts'
import { type OwnText, textKey, textsOf } from './text-sources.ts'

// An inverted index of one text source (`headline`, `pt::text(body)`, every string for `text::query`) over
// one view: token -> documents with how often it occurs, tokenized exactly as groq-js's `match` does.
// Built on first use per view and source, then kept current on every change of the view (the view is
// derived per perspective, so the published view never holds a draft). It lives beside the other
// in-memory indexes the planner reads, not in SQLite: reads never touch SQLite (see README), and an FTS5
// table would tokenize differently from GROQ's `match` and rank by BM25, so its answers would still
// have to be checked and re-scored here.

type Counts = Map<string, number>

export interface PackedPosting {
  readonly slots: Int32Array
  readonly counts: Int32Array
  /** `matchSaturation(count)` per entry, computed once per posting rather than per search. */
  readonly saturations: Float64Array
}

/** groq-js's score of one `match` term found `freq` times in a text (evaluateMatchScore). */
export function matchSaturation(freq: number): number {
  return (freq * 2.2) / (freq + 1.2)
}

function countTokens(texts: readonly string[]): Counts {
  const counts: Counts = new Map()
  for (const text of texts)
    for (const token of tokenize(text)) counts.set(token, (counts.get(token) ?? 0) + 1)
  return counts
}

export class TextIndex {
  readonly #view: DocumentIndex
  readonly #text: OwnText
  readonly #slots: DocumentSlots
  /** token -> slot -> occurrences. */
  readonly #postings = new Map<string, Map<number, number>>()
  /** The document each slot was indexed from: its tokens are recomputed from it on change. */
  readonly #indexed = new Map<number, LakeDocument>()
  /** Postings as arrays, per token, dropped when the token's posting changes. */
  readonly #packedPostings = new Map<string, PackedPosting>()
  /** Tokens matching a term, per term, while the vocabulary is unchanged. */
  readonly #vocabularyCache = new Map<string, readonly string[]>()

  constructor(view: DocumentIndex, text: OwnText, slots: DocumentSlots) {
    this.#view = view
    this.#text = text
    this.#slots = slots
    for (const doc of view.all()) this.#add(doc)
    view.onChange((id) => this.#refresh(id))
  }

  get slots(): DocumentSlots {
    return this.#slots
  }

  /** Tokens of the vocabulary the term's pattern matches (cached until a token appears or disappears). */
  tokensMatching(term: RegExp): readonly string[] {
    const key = `${term.source}/${term.flags}`
    const cached = this.#vocabularyCache.get(key)
    if (cached) return cached
    const found: string[] = []
    for (const token of this.#postings.keys()) if (term.test(token)) found.push(token)
    this.#vocabularyCache.set(key, found)
    return found
  }

  /** The postings (slot, occurrences) of every token the term matches. */
  postingsMatching(term: RegExp): PackedPosting[] {
    return this.tokensMatching(term).map((token) => this.#packed(token))
  }

  /** One token's posting (empty for a token not in the vocabulary). */
  posting(token: string): PackedPosting {
    return this.#packed(token)
  }

  /** A token's posting as arrays (scanning a big Map per search costs more than the rest of it). */
  #packed(token: string): PackedPosting {
    const cached = this.#packedPostings.get(token)
    if (cached) return cached
    const posting = this.#postings.get(token)
    const size = posting?.size ?? 0
    const packed = {
      slots: new Int32Array(size),
      counts: new Int32Array(size),
      saturations: new Float64Array(size),
    }
    let i = 0
    if (posting) {
      for (const [slot, count] of posting) {
        packed.slots[i] = slot
        packed.counts[i] = count
        packed.saturations[i] = matchSaturation(count)
        i++
      }
    }
    this.#packedPostings.set(token, packed)
    return packed
  }

  /** Slots of documents holding a token the term matches. */
  slotsMatching(term: RegExp): Set<number> {
    const found = new Set<number>()
    for (const token of this.tokensMatching(term)) {
      const posting = this.#postings.get(token)
      if (posting) for (const slot of posting.keys()) found.add(slot)
    }
    return found
  }

  /** The document indexed at a slot (the view's current one). */
  documentAt(slot: number): LakeDocument | undefined {
    return this.#indexed.get(slot)
  }

  #add(doc: LakeDocument): void {
    const slot = this.#slots.slotOf(doc._id)
    this.#indexed.set(slot, doc)
    for (const [token, count] of countTokens(textsOf(doc, this.#text))) {
      let posting = this.#postings.get(token)
      if (posting === undefined) {
        posting = new Map()
        this.#postings.set(token, posting)
        this.#vocabularyCache.clear()
      }
      posting.set(slot, count)
      this.#packedPostings.delete(token)
    }
  }

  #refresh(id: string): void {
    const slot = this.#slots.find(id)
    const previous = slot === undefined ? undefined : this.#indexed.get(slot)
    const doc = this.#view.get(id)
    if (previous === doc) return
    if (slot !== undefined && previous !== undefined) {
      this.#indexed.delete(slot)
      for (const token of countTokens(textsOf(previous, this.#text)).keys()) {
        const posting = this.#postings.get(token)
        posting?.delete(slot)
        this.#packedPostings.delete(token)
        if (posting?.size === 0) {
          this.#postings.delete(token)
          this.#vocabularyCache.clear()
        }
      }
    }
    if (doc) this.#add(doc)
  }
}

const indexesByView = new WeakMap<DocumentIndex, Map<string, TextIndex>>()

/** Every text this thread built an index of, in order: a query pool tells its other workers to build them too. */
const builtTexts: OwnText[] = []

/** The texts built since `since` (a length of this log read earlier). */
export function textIndexesBuiltSince(since: number): readonly OwnText[] {
  return builtTexts.slice(since)
}

export function textIndexBuildCount(): number {
  return builtTexts.length
}

/** The view's text index of `text`, built on first use. */
export function textIndex(view: DocumentIndex, text: OwnText): TextIndex {
  let indexes = indexesByView.get(view)
  if (indexes === undefined) {
    indexes = new Map()
    indexesByView.set(view, indexes)
  }
  const key = textKey(text)
  let index = indexes.get(key)
  if (index === undefined) {
    index = new TextIndex(view, text, documentSlots(view))
    indexes.set(key, index)
    builtTexts.push(text)
  }
  return index
}
