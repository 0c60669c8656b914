import type { DocumentIndex } from './document-index.ts'
import { type ReferenceSlots, referenceSlots } from './slot-indexes.ts'
import { matchSaturation, type PackedPosting, type TextIndex, textIndex } from './text-index.ts'
import type { TextSource } from './text-sources.ts'

// Postings of a dereferenced text (`film->title`, `films[]->title`) per token, by the slot of the document
// that dereferences it: "story-7 reaches `ghost` twice through its films". Derived from the referenced
// documents' postings and the reverse references, once per token, and dropped on any change of the view
// (a write is rare next to searches; rebuilding a token costs a pass over its referencing documents).

export class ReferencedPostings {
  readonly #text: TextIndex
  readonly #holders: ReferenceSlots
  readonly #byToken = new Map<string, PackedPosting>()

  constructor(view: DocumentIndex, text: TextIndex, holders: ReferenceSlots) {
    this.#text = text
    this.#holders = holders
    view.onChange(() => this.#byToken.clear())
  }

  postingsMatching(term: RegExp): PackedPosting[] {
    return this.#text.tokensMatching(term).map((token) => this.#posting(token))
  }

  #posting(token: string): PackedPosting {
    const cached = this.#byToken.get(token)
    if (cached) return cached
    const counts = new Map<number, number>()
    {
      const { slots, counts: occurrences } = this.#text.posting(token)
      for (let i = 0; i < slots.length; i++) {
        const target = this.#text.documentAt(slots[i] ?? 0)
        const held = target && this.#holders.holders(target._id)
        if (held === undefined) continue
        const count = occurrences[i] ?? 0
        for (let j = 0; j < held.slots.length; j++) {
          const slot = held.slots[j] ?? 0
          counts.set(slot, (counts.get(slot) ?? 0) + count * (held.times[j] ?? 0))
        }
      }
    }
    const posting = {
      slots: new Int32Array(counts.size),
      counts: new Int32Array(counts.size),
      saturations: new Float64Array(counts.size),
    }
    let i = 0
    for (const [slot, count] of counts) {
      posting.slots[i] = slot
      posting.counts[i] = count
      posting.saturations[i] = matchSaturation(count)
      i++
    }
    this.#byToken.set(token, posting)
    return posting
  }
}

const byView = new WeakMap<DocumentIndex, Map<string, ReferencedPostings>>()

/** The postings a `match` on `source` reads: the text index's own, or derived through references. */
export function sourcePostings(view: DocumentIndex, source: TextSource, term: RegExp): PackedPosting[] {
  const text = textIndex(view, source.text)
  if (source.kind === 'own') return text.postingsMatching(term)
  let cache = byView.get(view)
  if (cache === undefined) {
    cache = new Map()
    byView.set(view, cache)
  }
  const key = `${source.many ? 'many' : 'one'}:${JSON.stringify(source.refPath)}:${JSON.stringify(source.text)}`
  let referenced = cache.get(key)
  if (referenced === undefined) {
    referenced = new ReferencedPostings(view, text, referenceSlots(view, source.refPath, source.many))
    cache.set(key, referenced)
  }
  return referenced.postingsMatching(term)
}
