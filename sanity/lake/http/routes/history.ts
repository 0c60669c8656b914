// GET /v{v}/data/history/{dataset}/...: Sanity's History API over the transaction log, as the Studio's
// history timeline, "Edited" entries, revision view and Restore read it. History needs a token.
import { eventsForDocument, groupEvents, pageOf, parseCursor } from '../../history/document-events.ts'
import { documentsAt, type RevisionPoint, UnknownRevisionError } from '../../history/document-revisions.ts'
import { type TransactionLineOptions, transactionLine } from '../../history/transaction-lines.ts'
import { isValidDocumentId, publishedIdOf } from '../../store/names.ts'
import { MAX_LOG_PAGE } from '../../store/transaction-queries.ts'
import { existingDataset, flag } from '../dataset-param.ts'
import { badRequest, notFound, unauthorized } from '../http-error.ts'
import { sendJson } from '../response.ts'
import type { LakeRequest, Route } from '../types.ts'

const MAX_IDS = 100
const DEFAULT_EVENTS = 100
const MAX_EVENTS = 1000

function requireReader({ identity }: LakeRequest): void {
  if (identity.kind !== 'user') {
    throw unauthorized('Reading history requires a token (Authorization: Bearer <token>)')
  }
}

function documentIds(raw: string | undefined): string[] {
  const ids = (raw ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
  if (ids.length > MAX_IDS) throw badRequest(`At most ${MAX_IDS} document ids`)
  for (const id of ids) if (!isValidDocumentId(id)) throw badRequest(`Invalid document id "${id}"`)
  return ids
}

function positiveInt(url: URL, name: string, fallback: number, max: number): number {
  const raw = url.searchParams.get(name)
  if (raw === null || raw === '') return fallback
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) throw badRequest(`"${name}" must be a positive integer`)
  return Math.min(Number(raw), max)
}

function events(request: LakeRequest): void {
  requireReader(request)
  const { url, lake, params, res } = request
  const dataset = existingDataset(lake.store, params)
  const [id, ...rest] = documentIds(params.id)
  if (id === undefined || rest.length > 0) throw badRequest('Name exactly one document id')
  const limit = positiveInt(url, 'limit', DEFAULT_EVENTS, MAX_EVENTS)
  const cursorText = url.searchParams.get('nextCursor') ?? ''
  const cursor = cursorText === '' ? undefined : parseCursor(cursorText)
  if (cursorText !== '' && !cursor) throw badRequest(`Invalid nextCursor "${cursorText}"`)
  const groupId = publishedIdOf(id)
  const all = groupEvents(groupId, lake.store.log.groupRevisions(dataset, groupId))
  const page = pageOf(eventsForDocument(id, groupId, all), limit, cursor)
  sendJson(res, 200, { events: { [id]: page.events }, nextCursor: page.nextCursor })
}

/** A transaction id parameter as a log position; an empty value is no bound (the Studio sends `fromTransaction=`). */
function boundOf(request: LakeRequest, dataset: string, name: string): number | undefined {
  const id = request.url.searchParams.get(name)
  if (id === null || id === '') return undefined
  const seq = request.lake.store.log.seqOf(dataset, id)
  if (seq === undefined) throw notFound(`Transaction "${id}" not found in dataset "${dataset}"`)
  return seq
}

function transactions(request: LakeRequest): void {
  requireReader(request)
  const { url, lake, params, res } = request
  const dataset = existingDataset(lake.store, params)
  const ids = documentIds(params.ids)
  const effectFormat = url.searchParams.get('effectFormat')
  if (effectFormat !== null && effectFormat !== '' && effectFormat !== 'mendoza') {
    throw badRequest(`Unsupported effectFormat "${effectFormat}": use mendoza`)
  }
  const options: TransactionLineOptions = {
    documentIds: ids,
    includeIdentifiedDocumentsOnly: flag(url, 'includeIdentifiedDocumentsOnly', false),
    excludeContent: flag(url, 'excludeContent', false),
    excludeMutations: flag(url, 'excludeMutations', false),
    effectFormat: effectFormat === 'mendoza' ? 'mendoza' : undefined,
  }
  const entries = lake.store.log.entries(dataset, {
    documentIds: ids,
    fromSeq: boundOf(request, dataset, 'fromTransaction'),
    toSeq: boundOf(request, dataset, 'toTransaction'),
    reverse: flag(url, 'reverse', false),
    limit: positiveInt(url, 'limit', 1000, MAX_LOG_PAGE),
  })
  const body = entries.map((entry) => `${JSON.stringify(transactionLine(entry, options))}\n`).join('')
  res.statusCode = 200
  res.setHeader('content-type', 'application/x-ndjson; charset=utf-8')
  res.setHeader('content-length', Buffer.byteLength(body))
  res.end(body)
}

function revisionPoint(url: URL): RevisionPoint {
  const revision = url.searchParams.get('revision')
  const time = url.searchParams.get('time')
  const lastRevision = flag(url, 'lastRevision', false)
  const given = [revision !== null && revision !== '', time !== null && time !== '', lastRevision]
  if (given.filter(Boolean).length !== 1) {
    throw badRequest('Give exactly one of "revision", "time" and "lastRevision=true"')
  }
  if (revision) return { kind: 'revision', transactionId: revision }
  if (time) {
    const parsed = new Date(time)
    if (Number.isNaN(parsed.getTime())) throw badRequest(`Invalid time "${time}": use an ISO 8601 timestamp`)
    return { kind: 'time', time: parsed.toISOString() }
  }
  return { kind: 'lastRevision' }
}

function documents(request: LakeRequest): void {
  requireReader(request)
  const { url, lake, params, res } = request
  const dataset = existingDataset(lake.store, params)
  const ids = documentIds(params.ids)
  if (ids.length === 0) throw badRequest('Name at least one document id')
  const point = revisionPoint(url)
  try {
    sendJson(res, 200, { documents: documentsAt(lake.store, dataset, ids, point) })
  } catch (error) {
    if (error instanceof UnknownRevisionError) throw notFound(error.message)
    throw error
  }
}

export const historyRoutes: readonly Route[] = [
  { path: 'data/history/:dataset/events/documents/:id', versioned: true, methods: ['GET'], handle: events },
  {
    path: 'data/history/:dataset/transactions/:ids',
    versioned: true,
    methods: ['GET'],
    handle: transactions,
  },
  { path: 'data/history/:dataset/transactions', versioned: true, methods: ['GET'], handle: transactions },
  { path: 'data/history/:dataset/documents/:ids', versioned: true, methods: ['GET'], handle: documents },
]
