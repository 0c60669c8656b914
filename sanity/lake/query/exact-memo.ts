import type { DocumentIndex, LakeDocument } from './document-index.ts'

// Counts and ordered match lists of exact conditions (plan-answers.ts), kept per view until its next
// change: a section's story count or a sitemap's order is asked for on every page view and changes only
// with a write, and recomputing it reads tens of thousands of documents. Keyed by the condition's text
// and the keys its leaves received, which is everything an exact condition reads besides the document.

/** Entries kept per view (oldest dropped first): each holds at most one array of the view's documents. */
const MAX_ENTRIES = 32

/** A count, an ordered match list, or null: the list cannot be known here (see ordered-window.ts). */
type Answer = number | readonly LakeDocument[] | null

interface Memo {
  readonly version: number
  readonly entries: Map<string, Answer>
}

const memos = new WeakMap<DocumentIndex, Memo>()

function entriesOf(view: DocumentIndex): Map<string, Answer> {
  let memo = memos.get(view)
  if (memo === undefined || memo.version !== view.version) {
    memo = { version: view.version, entries: new Map() }
    memos.set(view, memo)
  }
  return memo.entries
}

function remember(entries: Map<string, Answer>, key: string, answer: Answer): void {
  entries.set(key, answer)
  if (entries.size <= MAX_ENTRIES) return
  const [oldest] = entries.keys()
  if (oldest !== undefined) entries.delete(oldest)
}

export function rememberedCount(view: DocumentIndex, key: string, compute: () => number): number {
  const entries = entriesOf(view)
  const found = entries.get(`count:${key}`)
  if (typeof found === 'number') return found
  const count = compute()
  remember(entries, `count:${key}`, count)
  return count
}

export function rememberedOrder(
  view: DocumentIndex,
  key: string,
  compute: () => readonly LakeDocument[] | undefined,
): readonly LakeDocument[] | undefined {
  const entries = entriesOf(view)
  const found = entries.get(`order:${key}`)
  if (found === null) return undefined
  if (Array.isArray(found)) return found
  const list = compute()
  remember(entries, `order:${key}`, list ?? null)
  return list
}
