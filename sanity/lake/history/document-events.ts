// The Events API's document group events (what the Studio's history timeline lists), derived from the log:
// which documents of a group (`x`, `drafts.x`, `versions.<release>.x`) each transaction created or deleted.
// Plain edits of drafts and versions are not events: the Studio builds those from the transactions endpoint.
import type { DocumentRevisionRow } from '../store/transaction-queries.ts'

export type DocumentEventType =
  | 'createDocumentVersion'
  | 'deleteDocumentVersion'
  | 'publishDocumentVersion'
  | 'unpublishDocument'
  | 'deleteDocumentGroup'
  | 'createLiveDocument'
  | 'updateLiveDocument'

export interface DocumentEvent {
  id: string
  timestamp: string
  author: string
  documentId: string
  type: DocumentEventType
  versionId?: string
  versionRevisionId?: string
  revisionId?: string
  releaseId?: string
  publishCause?: 'document.publish' | 'release.publish'
}

/** An event and its place in the log, newest-first order being (seq, index) descending. */
export interface PlacedEvent {
  seq: number
  index: number
  event: DocumentEvent
}

function releaseOf(versionId: string): string | undefined {
  const match = /^versions\.([^.]+)\./.exec(versionId)
  return match?.[1]
}

function versionFields(versionId: string, versionRevisionId: string | null) {
  const releaseId = releaseOf(versionId)
  return {
    versionId,
    ...(versionRevisionId === null ? {} : { versionRevisionId }),
    ...(releaseId === undefined ? {} : { releaseId }),
  }
}

function groupBySeq(rows: readonly DocumentRevisionRow[]): DocumentRevisionRow[][] {
  const groups: DocumentRevisionRow[][] = []
  for (const row of rows) {
    const last = groups.at(-1)
    if (last && last[0]?.seq === row.seq) last.push(row)
    else groups.push([row])
  }
  return groups
}

/** The events of one transaction, given the group's revisions after it (`revs`, already updated). */
function transactionEvents(
  groupId: string,
  touched: readonly DocumentRevisionRow[],
  revs: ReadonlyMap<string, string | null>,
): DocumentEvent[] {
  const [first] = touched
  if (!first) return []
  const base = {
    id: first.transactionId,
    timestamp: first.timestamp,
    author: first.author,
    documentId: groupId,
  }
  const events: DocumentEvent[] = []
  const consumed = new Set<string>()
  const published = touched.find((row) => row.documentId === groupId)
  const versions = touched.filter((row) => row.documentId !== groupId)
  const deleted = versions.filter((row) => row.beforeRev !== null && row.afterRev === null)
  const remaining = [...revs].filter(([, rev]) => rev !== null).map(([id]) => id)

  if (remaining.length === 0 && touched.some((row) => row.beforeRev !== null && row.afterRev === null)) {
    return [{ ...base, type: 'deleteDocumentGroup' }]
  }
  if (published?.afterRev) {
    const source = deleted[0]
    if (source) {
      consumed.add(source.documentId)
      events.push({
        ...base,
        type: 'publishDocumentVersion',
        revisionId: first.transactionId,
        ...versionFields(source.documentId, source.beforeRev),
        publishCause: source.documentId.startsWith('drafts.') ? 'document.publish' : 'release.publish',
      })
    } else {
      const type = published.beforeRev === null ? 'createLiveDocument' : 'updateLiveDocument'
      events.push({ ...base, type, revisionId: first.transactionId })
    }
  } else if (published?.beforeRev) {
    const target = remaining.includes(`drafts.${groupId}`) ? `drafts.${groupId}` : remaining[0]
    if (target !== undefined) {
      consumed.add(target)
      events.push({ ...base, type: 'unpublishDocument', ...versionFields(target, revs.get(target) ?? null) })
    }
  }
  for (const row of versions) {
    if (consumed.has(row.documentId)) continue
    if (row.beforeRev === null && row.afterRev !== null) {
      events.push({ ...base, type: 'createDocumentVersion', ...versionFields(row.documentId, row.afterRev) })
    } else if (row.beforeRev !== null && row.afterRev === null) {
      events.push({ ...base, type: 'deleteDocumentVersion', ...versionFields(row.documentId, row.beforeRev) })
    }
  }
  return events
}

/** Every event of a group, newest first. `rows` are the group's revisions, oldest first. */
export function groupEvents(groupId: string, rows: readonly DocumentRevisionRow[]): PlacedEvent[] {
  const revs = new Map<string, string | null>()
  const placed: PlacedEvent[] = []
  for (const touched of groupBySeq(rows)) {
    for (const row of touched) revs.set(row.documentId, row.afterRev)
    transactionEvents(groupId, touched, revs).forEach((event, index) => {
      placed.push({ seq: touched[0]?.seq ?? 0, index, event })
    })
  }
  return placed.reverse()
}

const PUBLISHED_VIEW: ReadonlySet<DocumentEventType> = new Set([
  'publishDocumentVersion',
  'unpublishDocument',
  'deleteDocumentGroup',
  'createLiveDocument',
  'updateLiveDocument',
])

/**
 * The events shown for one document of the group: for the published id, what happened to the published
 * document; for a draft or version, what happened to that variant (created, deleted, published from,
 * unpublished into) and the group's deletion.
 */
export function eventsForDocument(
  documentId: string,
  groupId: string,
  events: readonly PlacedEvent[],
): PlacedEvent[] {
  if (documentId === groupId) return events.filter(({ event }) => PUBLISHED_VIEW.has(event.type))
  return events.filter(({ event }) => event.versionId === documentId || event.type === 'deleteDocumentGroup')
}

/** Cursors are `<seq>.<index>` of the last event of a page; the next page starts just older than it. */
export function pageOf(
  events: readonly PlacedEvent[],
  limit: number,
  cursor: { seq: number; index: number } | undefined,
): { events: DocumentEvent[]; nextCursor: string } {
  const start = cursor
    ? events.filter(({ seq, index }) => seq < cursor.seq || (seq === cursor.seq && index < cursor.index))
    : events
  const page = start.slice(0, limit)
  const last = page.at(-1)
  const more = start.length > page.length && last !== undefined
  return { events: page.map(({ event }) => event), nextCursor: more ? `${last.seq}.${last.index}` : '' }
}

export function parseCursor(text: string): { seq: number; index: number } | undefined {
  const match = /^(\d{1,15})\.(\d{1,6})$/.exec(text)
  if (!match) return undefined
  return { seq: Number(match[1]), index: Number(match[2]) }
}
