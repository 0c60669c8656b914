import { DocumentIndex, type LakeDocument } from './document-index.ts'

/**
 * Which documents a query sees (Sanity's perspectives):
 * - raw: every stored document, as stored;
 * - published: no `drafts.` or `versions.` documents;
 * - drafts: drafts overlay their published twin and are returned under the published id; `versions.` hidden.
 * - a release stack (`perspective=r1,r2,drafts`): for each published id, the first of its
 *   `versions.r1.x`, `versions.r2.x`, `drafts.x` that exists, else `x`; a version marked
 *   `_system.delete` hides the document. Returned under the published id.
 * Under published, drafts and stacks every document carries `_originalId`, the id it is stored under.
 */
export type Perspective = 'raw' | 'published' | 'drafts' | ReleaseStack

/** Layers in priority order: release names, `drafts`, `published` (published is always the last resort). */
export interface ReleaseStack {
  readonly layers: readonly string[]
}

export const PERSPECTIVES: readonly Perspective[] = ['raw', 'published', 'drafts']

const DRAFTS_PREFIX = 'drafts.'
const VERSIONS_PREFIX = 'versions.'

export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFTS_PREFIX)
}

export function isVersionId(id: string): boolean {
  return id.startsWith(VERSIONS_PREFIX)
}

/** The id a document is published under: `drafts.x` and `versions.<release>.x` -> `x`; other ids unchanged. */
export function publishedIdOf(id: string): string {
  if (isDraftId(id)) return id.slice(DRAFTS_PREFIX.length)
  if (isVersionId(id)) {
    const dot = id.indexOf('.', VERSIONS_PREFIX.length)
    if (dot > VERSIONS_PREFIX.length) return id.slice(dot + 1)
  }
  return id
}

/** Stack views kept at once: each costs a copy of the view's entries, and a client names any stack it likes. */
const MAX_STACK_VIEWS = 8

function viewKey(perspective: Perspective): string {
  return typeof perspective === 'string' ? perspective : `stack:${perspective.layers.join(',')}`
}

interface View {
  readonly index: DocumentIndex
  /** Published ids whose view entry must be recomputed before the next read. */
  readonly stale: Set<string>
}

type ViewCache = Map<string, View>

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
  const key = viewKey(perspective)
  let view = views.get(key)
  if (view === undefined) {
    view = { index: buildView(source, perspective), stale: new Set() }
    if (typeof perspective !== 'string') evictOldestStack(views)
    views.set(key, view)
  }
  for (const id of view.stale) refreshEntry(source, view.index, perspective, id)
  view.stale.clear()
  return view.index
}

function evictOldestStack(views: ViewCache): void {
  const stacks = [...views.keys()].filter((key) => key.startsWith('stack:'))
  if (stacks.length < MAX_STACK_VIEWS) return
  const [oldest] = stacks
  if (oldest !== undefined) views.delete(oldest)
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
  const visible =
    perspective === 'drafts'
      ? overlaid(source, id)
      : perspective === 'published' || perspective === 'raw'
        ? published(source, id)
        : stacked(source, perspective, id)
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

function stacked(source: DocumentIndex, stack: ReleaseStack, id: string): LakeDocument | undefined {
  if (isDraftId(id) || isVersionId(id)) return undefined
  for (const layer of stack.layers) {
    if (layer === 'published') break
    const layerId = layer === 'drafts' ? DRAFTS_PREFIX + id : `${VERSIONS_PREFIX}${layer}.${id}`
    const document = source.get(layerId)
    if (!document) continue
    if (marksUnpublish(document)) return undefined
    return { ...document, _id: id, _originalId: document._id }
  }
  return published(source, id)
}

function marksUnpublish(document: LakeDocument): boolean {
  const system = document._system
  return typeof system === 'object' && system !== null && 'delete' in system && system.delete === true
}
