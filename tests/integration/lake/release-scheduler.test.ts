// The lake publishes a scheduled release by itself at its instant, never early, with time moved by a
// clock seam instead of sleeps; overdue releases publish at start and record how late they were; an
// embargo set in Europe/London is one UTC instant whatever daylight saving does.
import { afterEach, describe, expect, it } from 'vitest'
import { startTestLake, type TestLake } from './lake-fixture.ts'
import { ManualClock } from './manual-clock.ts'
import { startReceiver } from './webhook-receiver.ts'

const lakes: TestLake[] = []
afterEach(async () => {
  for (const lake of lakes.splice(0)) await lake.stop()
})

async function lakeWith(clock: ManualClock, dataDir?: string): Promise<TestLake> {
  const lake = await startTestLake({ releases: { clock }, dataDir })
  lakes.push(lake)
  return lake
}

async function scheduleReview(t: TestLake, releaseId: string, publishAt: string): Promise<void> {
  await t.client.releases.create({ releaseId, metadata: { title: 'Embargo', releaseType: 'scheduled' } })
  await t.client.createVersion({
    document: { _id: `versions.${releaseId}.review-x`, _type: 'review', title: 'Embargoed review' },
    releaseId,
    publishedId: 'review-x',
  })
  await t.client.releases.schedule({ releaseId, publishAt })
}

describe('the release scheduler', () => {
  it('publishes at the instant, to the millisecond, with nobody asking', async () => {
    const clock = new ManualClock('2030-01-10T12:00:00Z')
    const t = await lakeWith(clock)
    await scheduleReview(t, 'onTime', '2030-01-12T00:01:00Z')

    clock.advanceTo('2030-01-12T00:00:59.999Z')
    expect(await t.client.getDocument('review-x')).toBeUndefined()
    expect(await t.client.releases.get({ releaseId: 'onTime' })).toMatchObject({ state: 'scheduled' })

    clock.advanceTo('2030-01-12T00:01:00.000Z')
    expect(await t.client.getDocument('review-x')).toMatchObject({ title: 'Embargoed review' })
    const release = await t.client.releases.get({ releaseId: 'onTime' })
    expect(release).toMatchObject({ state: 'published', publishedAt: '2030-01-12T00:01:00.000Z' })
    expect(release).not.toHaveProperty('publishedLate')
    expect(t.lake.releases.scheduler.upcoming()).toEqual([])
  })

  it('an unscheduled release does not publish at its old time', async () => {
    const clock = new ManualClock('2030-01-10T12:00:00Z')
    const t = await lakeWith(clock)
    await scheduleReview(t, 'pulled', '2030-01-11T00:00:00Z')
    await t.client.releases.unschedule({ releaseId: 'pulled' })
    clock.advanceTo('2030-01-12T00:00:00Z')
    expect(await t.client.getDocument('review-x')).toBeUndefined()
    expect(await t.client.releases.get({ releaseId: 'pulled' })).toMatchObject({ state: 'active' })
  })

  it('a lake that was down publishes overdue releases at start and records the lateness', async () => {
    const clock = new ManualClock('2030-02-01T09:00:00Z')
    const first = await lakeWith(clock)
    await scheduleReview(first, 'overdue', '2030-02-01T10:00:00Z')
    const dataDir = first.dataDir
    lakes.splice(lakes.indexOf(first), 1)
    await first.stop({ remove: false })

    // Back up 90 minutes after the embargo.
    const later = new ManualClock('2030-02-01T11:30:00Z')
    const t = await lakeWith(later, dataDir)
    later.tick()
    expect(await t.client.getDocument('review-x')).toMatchObject({ title: 'Embargoed review' })
    expect(await t.client.releases.get({ releaseId: 'overdue' })).toMatchObject({
      state: 'published',
      publishedAt: '2030-02-01T11:30:00.000Z',
      publishedLate: { publishAt: '2030-02-01T10:00:00.000Z', lateBySeconds: 5400 },
    })
  })

  it('a conflicting scheduled release fails whole, goes back to active and says why', async () => {
    const clock = new ManualClock('2030-03-01T00:00:00Z')
    const t = await lakeWith(clock)
    await t.client.create({ _id: 'film-c', _type: 'film', title: 'v1' })
    await t.client.releases.create({ releaseId: 'stale', metadata: { releaseType: 'scheduled' } })
    await t.client.createVersion({ publishedId: 'film-c', baseId: 'film-c', releaseId: 'stale' })
    await t.client.createVersion({
      document: { _id: 'versions.stale.news-c', _type: 'news', title: 'News' },
      releaseId: 'stale',
      publishedId: 'news-c',
    })
    await t.client.releases.schedule({ releaseId: 'stale', publishAt: '2030-03-02T00:00:00Z' })
    await t.client.patch('film-c').set({ title: 'v1 fixed' }).commit()
    clock.advanceTo('2030-03-02T00:00:00Z')
    expect(await t.client.getDocument('news-c')).toBeUndefined()
    const release = await t.client.releases.get({ releaseId: 'stale' })
    expect(release).toMatchObject({
      state: 'active',
      error: { message: expect.stringContaining('"film-c"') },
    })
    expect(release).not.toHaveProperty('publishAt')
  })

  it('an embargo at 00:01 London time is the same instant across the spring and autumn clock changes', async () => {
    const clock = new ManualClock('2030-03-30T12:00:00Z')
    const t = await lakeWith(clock)
    // UK clocks go forward at 01:00 GMT on 31 March 2030: 00:01 on 1 April is BST (+01:00).
    await scheduleReview(t, 'spring', '2030-04-01T00:01:00+01:00')
    const release = await t.client.releases.get({ releaseId: 'spring' })
    expect(release?.publishAt).toBe('2030-03-31T23:01:00.000Z')
    const london = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      dateStyle: 'short',
      timeStyle: 'short',
    })
    expect(london.format(new Date(release?.publishAt ?? ''))).toBe('01/04/2030, 00:01')

    clock.advanceTo('2030-03-31T23:00:59.999Z')
    expect(await t.client.getDocument('review-x')).toBeUndefined()
    clock.advanceTo('2030-03-31T23:01:00Z')
    expect(await t.client.releases.get({ releaseId: 'spring' })).toMatchObject({
      state: 'published',
      publishedAt: '2030-03-31T23:01:00.000Z',
    })

    // Autumn: 01:30 happens twice on 27 October 2030; the offset says which, and the lake keeps it.
    await t.client.releases.create({ releaseId: 'autumn', metadata: { releaseType: 'scheduled' } })
    await t.client.releases.edit({
      releaseId: 'autumn',
      patch: { set: { 'metadata.intendedPublishAt': '2030-10-27T01:30:00+00:00' } },
    })
    await t.client.releases.schedule({ releaseId: 'autumn', publishAt: '2030-10-27T01:30:00+01:00' })
    expect(await t.client.releases.get({ releaseId: 'autumn' })).toMatchObject({
      publishAt: '2030-10-27T00:30:00.000Z',
      metadata: { intendedPublishAt: '2030-10-27T01:30:00.000Z' },
    })
  })

  it('a scheduled publish fires webhooks for the published documents (what revalidates the site)', async () => {
    const receiver = await startReceiver()
    try {
      const clock = new ManualClock('2030-05-01T00:00:00Z')
      const t = await lakeWith(clock)
      const hook = await t.request('/v2021-10-04/hooks/projects/local/by-name/site', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ dataset: 'production', url: receiver.url, filter: '_type == "review"' }),
      })
      expect(hook.status).toBe(201)
      await scheduleReview(t, 'hooked', '2030-05-02T00:01:00Z')
      clock.advanceTo('2030-05-02T00:01:00Z')
      const [delivery] = await receiver.waitForAccepted(1)
      expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({ _id: 'review-x', title: 'Embargoed review' })
      expect(delivery?.headers['sanity-operation']).toBe('create')
      expect(receiver.received).toHaveLength(1)
    } finally {
      await receiver.close()
    }
  })
})
