// Event derivation from a group's revisions: the Studio timeline's create/publish/unpublish/delete entries.
import { describe, expect, it } from 'vitest'
import { eventsForDocument, groupEvents, pageOf, parseCursor } from '#sanity/lake/history/document-events.ts'
import type { DocumentRevisionRow } from '#sanity/lake/store/transaction-queries.ts'

let seq = 0
function tx(id: string, touches: Array<[string, string | null, string | null]>): DocumentRevisionRow[] {
  seq++
  return touches.map(([documentId, beforeRev, afterRev]) => ({
    seq,
    transactionId: id,
    timestamp: `2026-01-01T00:00:0${seq}Z`,
    author: 'editor-1',
    documentId,
    beforeRev,
    afterRev,
  }))
}

const lifecycle = [
  ...tx('t1', [['drafts.x', null, 't1']]),
  ...tx('t2', [['drafts.x', 't1', 't2']]),
  ...tx('t3', [
    ['x', null, 't3'],
    ['drafts.x', 't2', null],
  ]),
  ...tx('t4', [['drafts.x', null, 't4']]),
  ...tx('t5', [['x', 't3', null]]),
  ...tx('t6', [['drafts.x', 't4', null]]),
]

describe('groupEvents', () => {
  const all = groupEvents('x', lifecycle)

  it('derives create, publish, unpublish and group deletion, newest first', () => {
    expect(all.map(({ event }) => [event.id, event.type])).toEqual([
      ['t6', 'deleteDocumentGroup'],
      ['t5', 'unpublishDocument'],
      ['t4', 'createDocumentVersion'],
      ['t3', 'publishDocumentVersion'],
      ['t1', 'createDocumentVersion'],
    ])
    expect(all.find(({ event }) => event.type === 'publishDocumentVersion')?.event).toEqual({
      id: 't3',
      timestamp: '2026-01-01T00:00:03Z',
      author: 'editor-1',
      documentId: 'x',
      type: 'publishDocumentVersion',
      revisionId: 't3',
      versionId: 'drafts.x',
      versionRevisionId: 't2',
      publishCause: 'document.publish',
    })
    expect(all.find(({ event }) => event.type === 'unpublishDocument')?.event).toMatchObject({
      versionId: 'drafts.x',
      versionRevisionId: 't4',
    })
  })

  it('shows the published document its own events and a draft the draft’s', () => {
    const published = eventsForDocument('x', 'x', all).map(({ event }) => event.type)
    expect(published).toEqual(['deleteDocumentGroup', 'unpublishDocument', 'publishDocumentVersion'])
    expect(eventsForDocument('drafts.x', 'x', all)).toHaveLength(5)
    expect(eventsForDocument('versions.r1.x', 'x', all).map(({ event }) => event.type)).toEqual([
      'deleteDocumentGroup',
    ])
  })

  it('reports live documents (published written directly) and release versions', () => {
    const live = groupEvents('y', [
      ...tx('l1', [['y', null, 'l1']]),
      ...tx('l2', [['y', 'l1', 'l2']]),
      ...tx('l3', [['versions.spring.y', null, 'l3']]),
      ...tx('l4', [
        ['y', 'l2', 'l4'],
        ['versions.spring.y', 'l3', null],
      ]),
    ])
    expect(live.map(({ event }) => event.type)).toEqual([
      'publishDocumentVersion',
      'createDocumentVersion',
      'updateLiveDocument',
      'createLiveDocument',
    ])
    expect(live[0]?.event).toMatchObject({ releaseId: 'spring', publishCause: 'release.publish' })
    expect(live[1]?.event).toMatchObject({ versionId: 'versions.spring.y', releaseId: 'spring' })
  })

  it('pages with a cursor that continues just older than the last event', () => {
    const first = pageOf(all, 2, undefined)
    expect(first.events.map((event) => event.id)).toEqual(['t6', 't5'])
    const cursor = parseCursor(first.nextCursor)
    expect(cursor).toBeDefined()
    const second = pageOf(all, 10, cursor)
    expect(second.events.map((event) => event.id)).toEqual(['t4', 't3', 't1'])
    expect(second.nextCursor).toBe('')
    expect(parseCursor('nonsense')).toBeUndefined()
  })
})
