import { DocumentIndex, type LakeDocument } from './document-index.ts'

/**
 * Which documents a query sees (Sanity's perspectives):
 * - raw: every stored document, as stored;
 * - published: no `drafts.` or `versions.` documents;
 * - drafts: drafts overlay their published twin and are returned under the published id; `versions.` hidden.
 * Under published and drafts every document carries `_originalId`, the id it is stored under.
 */
export type Perspective = 'raw' | 'published' | 'drafts'

export const PERSPECTIVES: readonly Perspective[] = ['raw', 'published', 'drafts']

const DRAFTS_PREFIX = 'drafts.'
const VERSIONS_PREFIX = 'versions.'

export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFTS_PREFIX)
}

export function isVersionId(id: string): boolean {
  return id.startsWith(VERSIONS_PREFIX)
}

/** The id a document is published under: `drafts.x` -> `x`; other ids unchanged. */
export function publishedIdOf(id: string): string {
  return isDraftId(id) ? id.slice(DRAFTS_PREFIX.length) : id
}

interface View {
  readonly index: DocumentIndex
  /** Published ids whose view entry must be recomputed before the next read. */
  readonly stale: Set<string>
}

type ViewCache = Map<Perspective, View>

const viewsBySource = new WeakMap<DocumentIndex, ViewCache>()

/**
 * The index a query under `perspective` runs against. Views are derived once per source index and then
 * kept current incrementally: a put/remove marks one published id stale, and the next read recomputes only
 * the stale entries, so a query after a write does not rebuild a 100k-document view.
 */
export function viewFor(source: DocumentIndex, perspective: Perspective): DocumentIndex {
  if (perspective === 'raw') return source
  let views = viewsBySource.get(source)
  if (views === undefined) {
    const created: ViewCache = new Map()
    source.onChange((id) => {
      for (const view of created.values()) view.stale.add(publishedIdOf(id))
    })
    viewsBySource.set(source, created)
    views = created
  }
  let view = views.get(perspective)
  if (view === undefined) {
    view = { index: buildView(source, perspective), stale: new Set() }
    views.set(perspective, view)
  }
  for (const id of view.stale) refreshEntry(source, view.index, perspective, id)
  view.stale.clear()
  return view.index
}

function buildView(source: DocumentIndex, perspective: Exclude<Perspective, 'raw'>): DocumentIndex {
  const view = new DocumentIndex()
  const seen = new Set<string>()
  for (const doc of source.all()) {
    const id = publishedIdOf(doc._id)
    if (seen.has(id)) continue
    seen.add(id)
    refreshEntry(source, view, perspective, id)
  }
  return view
}

function refreshEntry(
  source: DocumentIndex,
  view: DocumentIndex,
  perspective: Perspective,
  id: string,
): void {
  const visible = perspective === 'drafts' ? overlaid(source, id) : published(source, id)
  if (visible === undefined) view.remove(id)
  else view.put(visible)
}

function published(source: DocumentIndex, id: string): LakeDocument | undefined {
  if (isDraftId(id) || isVersionId(id)) return undefined
  const doc = source.get(id)
  return doc && { ...doc, _originalId: doc._id }
}

function overlaid(source: DocumentIndex, id: string): LakeDocument | undefined {
  if (isVersionId(id)) return undefined
  const draft = source.get(DRAFTS_PREFIX + id)
  if (draft) return { ...draft, _id: id, _originalId: draft._id }
  return published(source, id)
}
