// The listener as the Studio uses it: mendoza effects it can apply, multi-document transactions, resume
// after a reconnect, channelError for a bad query, and nothing private for anonymous listeners.
import { ChannelError } from '@sanity/client'
import { applyPatch } from 'mendoza'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestLake, type TestLake } from './lake-fixture.ts'
import { openSse, type SseEvent } from './sse-reader.ts'

let lake: TestLake

beforeEach(async () => {
  lake = await startTestLake()
})

afterEach(async () => {
  await lake.stop()
})

const PAIR_QUERY = encodeURIComponent('*[_id in $ids]')

function pairUrl(ids: string[], extra = ''): string {
  const param = encodeURIComponent(JSON.stringify(ids))
  return `${lake.lake.url}/v2025-02-19/data/listen/production?query=${PAIR_QUERY}&%24ids=${param}&effectFormat=mendoza&includeResult=false${extra}`
}

function auth(): Record<string, string> {
  return { authorization: `Bearer ${lake.lake.token}` }
}

function withoutRev(document: unknown): unknown {
  if (typeof document !== 'object' || document === null) return document
  const { _rev: _ignored, ...rest } = Object.fromEntries(Object.entries(document))
  return rest
}

function field(event: SseEvent | undefined, name: string): unknown {
  const data = event?.data
  return typeof data === 'object' && data !== null ? Reflect.get(data, name) : undefined
}

describe('listen: effects and transactions', () => {
  it('sends mendoza diffs that turn the previous revision into the next one and back', async () => {
    const created = await lake.client.create({
      _id: 'drafts.film-1',
      _type: 'film',
      title: 'The Third Man',
      synopsis: 'Holly Martins arrives in post-war Vienna to find his friend Harry Lime dead.',
    })
    const stream = await openSse(pairUrl(['film-1', 'drafts.film-1']), auth())
    expect((await stream.next()).event).toBe('welcome')
    const patched = await lake.client.patch('drafts.film-1').set({ year: 1949 }).commit()
    const [event] = await stream.collect((e) => e.event === 'mutation')
    stream.close()
    expect(event).toMatchObject({
      id: `${patched._rev}#drafts.film-1`,
      data: {
        previousRev: created._rev,
        resultRev: patched._rev,
        identity: 'lake-admin',
        transition: 'update',
      },
    })
    const effects = field(event, 'effects')
    if (typeof effects !== 'object' || effects === null) throw new Error('no effects')
    const apply = Reflect.get(effects, 'apply')
    const revert = Reflect.get(effects, 'revert')
    // The Studio applies effects to the document without _rev (applyMendozaPatch in sanity's datastores).
    expect(applyPatch(withoutRev(created), apply)).toEqual(withoutRev(patched))
    expect(applyPatch(withoutRev(patched), revert)).toEqual(withoutRev(created))
    expect(JSON.stringify(apply)).not.toContain('Holly Martins')
  })

  it('numbers the events of a two-document transaction (publish: createOrReplace + delete)', async () => {
    await lake.client.create({ _id: 'drafts.film-2', _type: 'film', title: 'Brief Encounter' })
    const stream = await openSse(pairUrl(['film-2', 'drafts.film-2']), auth())
    await stream.next()
    const publish = await lake.client
      .transaction()
      .createOrReplace({ _id: 'film-2', _type: 'film', title: 'Brief Encounter' })
      .delete('drafts.film-2')
      .commit()
    const events = await stream.collect((e) => field(e, 'transactionCurrentEvent') === 2)
    stream.close()
    expect(events.map((e) => [field(e, 'documentId'), field(e, 'transition')])).toEqual([
      ['film-2', 'appear'],
      ['drafts.film-2', 'disappear'],
    ])
    for (const e of events) {
      expect(e.data).toMatchObject({ transactionId: publish.transactionId, transactionTotalEvents: 2 })
      expect(field(e, 'mutations')).toHaveLength(2)
    }
    expect(field(events[1], 'effects')).toEqual({ apply: [0, null], revert: expect.any(Array) })
  })

  it('gives anonymous listeners the published half of a publish and nothing of the draft', async () => {
    await lake.client.create({ _id: 'drafts.film-3', _type: 'film', title: 'Secret working title' })
    const query = encodeURIComponent('*[_type == "film"]')
    const stream = await openSse(
      `${lake.lake.url}/v2025-02-19/data/listen/production?query=${query}&effectFormat=mendoza&includePreviousRevision=true`,
    )
    await stream.next()
    await lake.client
      .transaction()
      .createOrReplace({ _id: 'film-3', _type: 'film', title: 'Odd Man Out' })
      .delete('drafts.film-3')
      .commit()
    await lake.client.create({ _id: 'film-marker', _type: 'film', title: 'marker' })
    const events = await stream.collect((e) => field(e, 'documentId') === 'film-marker')
    stream.close()
    const [published] = events
    expect(published?.data).toMatchObject({
      documentId: 'film-3',
      transactionTotalEvents: 1,
      transactionCurrentEvent: 1,
      mutations: [{ createOrReplace: { _id: 'film-3', _type: 'film', title: 'Odd Man Out' } }],
    })
    const text = JSON.stringify(events)
    expect(text).not.toContain('drafts.')
    expect(text).not.toContain('Secret working title')
  })

  it('raises a ChannelError in @sanity/client for a query that does not parse', async () => {
    const error = await new Promise<unknown>((resolve) => {
      lake.client.listen('*[_type == ', {}, { events: ['welcome', 'mutation'] }).subscribe({
        next: () => resolve(new Error('expected no events')),
        error: resolve,
      })
    })
    expect(error).toBeInstanceOf(ChannelError)
    expect(error instanceof Error ? error.message : '').not.toBe('')
  })
})

describe('listen: resume', () => {
  it('replays what was missed after Last-Event-ID, in order and once, then goes on live', async () => {
    const first = await openSse(pairUrl(['film-4', 'drafts.film-4'], '&enableResume=true'), auth())
    await first.next()
    await lake.client.create({ _id: 'drafts.film-4', _type: 'film', title: 'One' })
    const [seen] = await first.collect((e) => e.event === 'mutation')
    first.close()
    const edit = await lake.client.patch('drafts.film-4').set({ title: 'Two' }).commit()
    const publish = await lake.client
      .transaction()
      .createOrReplace({ _id: 'film-4', _type: 'film', title: 'Two' })
      .delete('drafts.film-4')
      .commit()

    const second = await openSse(pairUrl(['film-4', 'drafts.film-4'], '&enableResume=true'), {
      ...auth(),
      'last-event-id': seen?.id ?? '',
    })
    expect((await second.next()).event).toBe('welcomeback')
    const replayed = await second.collect((e) => field(e, 'transactionCurrentEvent') === 2)
    expect(replayed.map((e) => e.id)).toEqual([
      `${edit._rev}#drafts.film-4`,
      `${publish.transactionId}#film-4`,
      `${publish.transactionId}#drafts.film-4`,
    ])
    // Rebuilt from the log: the same effects the live event had.
    const [editEvent] = replayed
    expect(field(editEvent, 'previousRev')).toBe(field(seen, 'resultRev'))
    const live = await lake.client.create({ _id: 'drafts.film-4', _type: 'film', title: 'Three' })
    const [next] = await second.collect((e) => e.event === 'mutation')
    second.close()
    expect(next?.id).toBe(`${live._rev}#drafts.film-4`)
  })

  it('says reset for an unknown event id, and ignores Last-Event-ID without enableResume', async () => {
    const unknown = await openSse(pairUrl(['x'], '&enableResume=true'), {
      ...auth(),
      'last-event-id': 'no-such-transaction#x',
    })
    expect((await unknown.next()).event).toBe('reset')
    unknown.close()
    const plain = await openSse(pairUrl(['x']), { ...auth(), 'last-event-id': 'no-such-transaction#x' })
    expect((await plain.next()).event).toBe('welcome')
    plain.close()
  })
})
