// The Live Content API against the real lake, read with @sanity/client's own `client.live.events()`:
// query results carry sync tags that a later live event names exactly when a write could change the result.
import type { LiveEvent, SanityClient } from '@sanity/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { API_VERSION, clientFor, startTestLake, type TestLake } from './lake-fixture.ts'
import { openSse } from './sse-reader.ts'

let lake: TestLake

beforeEach(async () => {
  lake = await startTestLake()
  await lake.client
    .transaction()
    .create({ _id: 'film-alien', _type: 'film', title: 'Alien' })
    .create({ _id: 'person-scott', _type: 'person', name: 'Ridley Scott' })
    .create({
      _id: 'review-alien',
      _type: 'review',
      title: 'In space',
      slug: { _type: 'slug', current: 'alien' },
      film: { _type: 'reference', _ref: 'film-alien' },
    })
    .commit()
})

afterEach(async () => {
  await lake.stop()
})

function isOfType<T extends LiveEvent['type']>(
  event: LiveEvent | undefined,
  type: T,
): event is Extract<LiveEvent, { type: T }> {
  return event?.type === type
}

/** Collects a client's live events; `next(type)` waits for the next one of that type. */
function liveEvents(client: SanityClient, options: { includeDrafts?: boolean } = {}) {
  const seen: LiveEvent[] = []
  const waiting: Array<() => void> = []
  let failure: unknown
  const subscription = client.live.events(options).subscribe({
    next: (event) => {
      seen.push(event)
      for (const wake of waiting.splice(0)) wake()
    },
    error: (error) => {
      failure = error
      for (const wake of waiting.splice(0)) wake()
    },
  })
  let read = 0
  async function next<T extends LiveEvent['type']>(
    type: T,
    timeoutMs = 3000,
  ): Promise<Extract<LiveEvent, { type: T }>> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      if (failure) throw failure
      while (read < seen.length) {
        const event = seen[read++]
        if (isOfType(event, type)) return event
      }
      const remaining = deadline - Date.now()
      if (remaining <= 0) throw new Error(`timed out waiting for a ${type} event`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining)
        waiting.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }
  return { next, seen, close: () => subscription.unsubscribe() }
}

async function syncTags(client: SanityClient, query: string, params = {}, perspective = 'published') {
  const response = await client.fetch(query, params, {
    filterResponse: false,
    perspective: perspective === 'drafts' ? 'drafts' : 'published',
  })
  return response.syncTags ?? []
}

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((tag) => b.includes(tag))

const ARTICLE = '*[_type == "review" && slug.current == $slug][0]{title, "film": film->title}'

describe('syncTags of a query', () => {
  it('are few, in Sanity format, and do not change for the same query', async () => {
    const tags = await syncTags(lake.anonymous, ARTICLE, { slug: 'alien' })
    expect(tags.length).toBeGreaterThan(0)
    expect(tags.length).toBeLessThanOrEqual(4)
    for (const tag of tags) expect(tag).toMatch(/^s1:[A-Za-z0-9_-]+$/)
    expect(await syncTags(lake.anonymous, ARTICLE, { slug: 'alien' })).toEqual(tags)
    expect(await syncTags(lake.anonymous, ARTICLE, { slug: 'other' })).not.toEqual(tags)
  })

  it('a live event names them when the document read, or one it dereferenced, changes; not for others', async () => {
    const tags = await syncTags(lake.anonymous, ARTICLE, { slug: 'alien' })
    const live = liveEvents(lake.anonymous)
    await live.next('welcome')

    const reviewEdit = await lake.client.patch('review-alien').set({ title: 'Still in space' }).commit()
    const first = await live.next('message')
    expect(first.id).toBe(reviewEdit._rev)
    expect(overlaps(first.tags, tags)).toBe(true)

    await lake.client.patch('person-scott').set({ name: 'Sir Ridley Scott' }).commit()
    expect(overlaps((await live.next('message')).tags, tags)).toBe(false)

    await lake.client.patch('film-alien').set({ title: 'Alien (1979)' }).commit()
    expect(overlaps((await live.next('message')).tags, tags)).toBe(true)
    live.close()
  })

  it('a listing is named when a new document of its type appears', async () => {
    const listing = '*[_type == "review"] | order(_createdAt desc)[0...3]{title}'
    const tags = await syncTags(lake.anonymous, listing)
    const live = liveEvents(lake.anonymous)
    await live.next('welcome')
    await lake.client.create({ _id: 'review-aliens', _type: 'review', title: 'More of them' })
    expect(overlaps((await live.next('message')).tags, tags)).toBe(true)
    await lake.client.create({ _id: 'film-aliens', _type: 'film', title: 'Aliens' })
    expect(overlaps((await live.next('message')).tags, tags)).toBe(false)
    live.close()
  })

  it('an unnarrowed scan falls back to one dataset tag that every write names', async () => {
    const tags = await syncTags(lake.anonymous, 'count(*)')
    expect(tags).toHaveLength(1)
    const live = liveEvents(lake.anonymous)
    await live.next('welcome')
    await lake.client.patch('person-scott').set({ name: 'R. Scott' }).commit()
    expect((await live.next('message')).tags).toEqual(expect.arrayContaining(tags))
    live.close()
  })
})

describe('drafts and live events', () => {
  it('an anonymous stream never hears of a draft; a token with includeDrafts does', async () => {
    const anonymous = liveEvents(lake.anonymous)
    const withDrafts = liveEvents(clientFor(lake.lake.url, lake.lake.token), { includeDrafts: true })
    await anonymous.next('welcome')
    await withDrafts.next('welcome')

    const publishedTags = await syncTags(lake.client, ARTICLE, { slug: 'alien' })
    const draftTags = await syncTags(lake.client, ARTICLE, { slug: 'alien' }, 'drafts')
    const draft = await lake.client.create({
      _id: 'drafts.review-alien',
      _type: 'review',
      title: 'Draft title',
      slug: { _type: 'slug', current: 'alien' },
    })
    const draftEvent = await withDrafts.next('message')
    expect(draftEvent.id).toBe(draft._rev)
    expect(overlaps(draftEvent.tags, draftTags)).toBe(true)
    // A draft edit does not invalidate what published readers were served.
    expect(overlaps(draftEvent.tags, publishedTags)).toBe(false)

    const published = await lake.client.patch('film-alien').set({ title: 'Alien!' }).commit()
    const first = await anonymous.next('message')
    expect(first.id).toBe(published._rev)
    expect(anonymous.seen.filter((event) => event.type === 'message')).toHaveLength(1)
    anonymous.close()
    withDrafts.close()
  })

  it('includeDrafts without a token: the client refuses, and the lake answers 401', async () => {
    expect(() => lake.anonymous.live.events({ includeDrafts: true })).toThrow(/token/)
    const response = await lake.request(`/v${API_VERSION}/data/live/events/production?includeDrafts=true`, {
      auth: false,
    })
    expect(response.status).toBe(401)
    expect(response.body).toMatchObject({ statusCode: 401 })
  })

  it('an unknown dataset is a 404', async () => {
    const response = await lake.request(`/v${API_VERSION}/data/live/events/nope`, { auth: false })
    expect(response.status).toBe(404)
  })
})

describe('resume', () => {
  const eventsUrl = () => `${lake.lake.url}/v${API_VERSION}/data/live/events/production`

  it('Last-Event-ID replays the events missed since, in order', async () => {
    const first = await lake.client.patch('film-alien').set({ title: 'One' }).commit()
    const second = await lake.client.patch('film-alien').set({ title: 'Two' }).commit()
    const third = await lake.client.patch('person-scott').set({ name: 'Three' }).commit()
    const stream = await openSse(eventsUrl(), { 'last-event-id': first._rev })
    expect(stream.status).toBe(200)
    const events = await stream.collect((event) => event.id === third._rev)
    expect(events.map((event) => [event.event, event.id])).toEqual([
      ['welcome', undefined],
      ['message', second._rev],
      ['message', third._rev],
    ])
    stream.close()
  })

  it('an unknown Last-Event-ID gets a restart, then live events', async () => {
    const stream = await openSse(eventsUrl(), { 'last-event-id': 'not-an-event' })
    expect((await stream.next()).event).toBe('welcome')
    expect((await stream.next()).event).toBe('restart')
    const edit = await lake.client.patch('film-alien').set({ title: 'Later' }).commit()
    const message = await stream.next()
    expect(message).toMatchObject({ event: 'message', id: edit._rev })
    stream.close()
  })
})
