import { parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import {
  type ListenOptions,
  type ListenScope,
  mutationEvents,
  queryMatcher,
} from '#sanity/lake/listen/mutation-events.ts'
import { isPublicDocumentId } from '#sanity/lake/store/names.ts'
import { effectsOf, type TransactionInput } from '#sanity/lake/store/transaction-record.ts'

const OPTIONS: ListenOptions = {
  includeResult: true,
  includePreviousRevision: false,
  includeMutations: true,
  effectFormat: 'mendoza',
}

const reviews: ListenScope = {
  matches: queryMatcher(parse('*[_type == $type]', { params: { type: 'review' } }), { type: 'review' }),
  readable: () => true,
}

function eventsOf(tx: TransactionInput, scope: ListenScope, options: ListenOptions) {
  return mutationEvents(tx, effectsOf(tx.changes), scope, options)
}

function transaction(changes: TransactionInput['changes']): TransactionInput {
  return {
    id: 'tx1',
    dataset: 'production',
    timestamp: '2026-11-24T12:00:00Z',
    author: 'lake-admin',
    mutations: [{ patch: { id: 'a' } }],
    changes,
  }
}

describe('mutationEvents', () => {
  it('reports appear, update and disappear relative to the query, skipping documents it never selects', () => {
    const events = eventsOf(
      transaction([
        { id: 'a', before: undefined, after: { _id: 'a', _type: 'review', _rev: 'r1' } },
        {
          id: 'b',
          before: { _id: 'b', _type: 'review', _rev: 'r0' },
          after: { _id: 'b', _type: 'review', _rev: 'r1' },
        },
        {
          id: 'c',
          before: { _id: 'c', _type: 'review', _rev: 'r0' },
          after: { _id: 'c', _type: 'film', _rev: 'r1' },
        },
        { id: 'd', before: undefined, after: { _id: 'd', _type: 'film', _rev: 'r1' } },
      ]),
      reviews,
      OPTIONS,
    )
    expect(events.map((event) => [event.documentId, event.transition])).toEqual([
      ['a', 'appear'],
      ['b', 'update'],
      ['c', 'disappear'],
    ])
    expect(events.map((event) => [event.transactionCurrentEvent, event.transactionTotalEvents])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ])
  })

  it('carries the shape the Studio applies: revisions, identity and whole-document mendoza effects', () => {
    const [event] = eventsOf(
      transaction([
        {
          id: 'b',
          before: { _id: 'b', _type: 'review', _rev: 'r0', title: 'Old' },
          after: { _id: 'b', _type: 'review', _rev: 'r1', title: 'New' },
        },
      ]),
      reviews,
      OPTIONS,
    )
    expect(event).toEqual({
      type: 'mutation',
      eventId: 'tx1#b',
      documentId: 'b',
      transactionId: 'tx1',
      transition: 'update',
      identity: 'lake-admin',
      previousRev: 'r0',
      resultRev: 'r1',
      timestamp: '2026-11-24T12:00:00Z',
      visibility: 'query',
      transactionTotalEvents: 1,
      transactionCurrentEvent: 1,
      mutations: [{ patch: { id: 'a' } }],
      result: { _id: 'b', _type: 'review', _rev: 'r1', title: 'New' },
      effects: { apply: [17, 'New', 'title'], revert: [17, 'Old', 'title'] },
    })
  })

  it('leaves out what the listener turned off', () => {
    const [event] = eventsOf(
      transaction([{ id: 'a', before: { _id: 'a', _type: 'review', _rev: 'r0' }, after: undefined }]),
      reviews,
      {
        includeResult: false,
        includePreviousRevision: true,
        includeMutations: false,
        effectFormat: undefined,
      },
    )
    expect(event).toMatchObject({ transition: 'disappear', previous: { _id: 'a' } })
    expect(event).not.toHaveProperty('result')
    expect(event).not.toHaveProperty('mutations')
    expect(event).not.toHaveProperty('effects')
    expect(event).not.toHaveProperty('resultRev')
  })

  it('gives listeners that cannot read every document only the mutations of the visible one', () => {
    const anonymousReviews: ListenScope = { ...reviews, readable: isPublicDocumentId }
    const published = { _id: 'p', _type: 'review', _rev: 'tx1', title: 'Public' }
    const draft = { _id: 'drafts.p', _type: 'review', _rev: 'r0', title: 'Secret draft' }
    const tx: TransactionInput = {
      ...transaction([
        { id: 'p', before: undefined, after: published },
        { id: 'drafts.p', before: draft, after: undefined },
      ]),
      mutations: [
        { createOrReplace: { _id: 'p', _type: 'review', title: 'Public' } },
        { delete: { id: 'drafts.p' } },
        { patch: { query: '*[_type == "review"]', set: { secret: 'x' } } },
      ],
    }
    const anonymous = eventsOf(tx, anonymousReviews, OPTIONS)
    expect(
      anonymous.map((event) => [
        event.documentId,
        event.transactionCurrentEvent,
        event.transactionTotalEvents,
      ]),
    ).toEqual([['p', 1, 1]])
    expect(anonymous[0]?.mutations).toEqual([
      { createOrReplace: { _id: 'p', _type: 'review', title: 'Public' } },
    ])
    expect(JSON.stringify(anonymous)).not.toContain('drafts.p')
    const authenticated = eventsOf(tx, reviews, OPTIONS)
    expect(
      authenticated.map((event) => [
        event.documentId,
        event.transactionCurrentEvent,
        event.transactionTotalEvents,
      ]),
    ).toEqual([
      ['p', 1, 2],
      ['drafts.p', 2, 2],
    ])
    expect(authenticated[0]?.mutations).toHaveLength(3)
  })
})
