// Content Releases on the lake through the real @sanity/client (its releases API and version helpers):
// the release lifecycle, release perspectives, all-or-nothing publishing, roles, and no leaks to
// anonymous readers.
import type { SanityClient } from '@sanity/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserDirectory } from '#sanity/lake/users/user-directory.ts'
import { caught, clientFor, startTestLake, type TestLake } from './lake-fixture.ts'
import { openSse } from './sse-reader.ts'

let t: TestLake
let raw: SanityClient
beforeAll(async () => {
  t = await startTestLake()
  raw = t.client.withConfig({ perspective: 'raw' })
})
afterAll(async () => {
  await t.stop()
})

async function releaseDoc(name: string): Promise<Record<string, unknown> | undefined> {
  return (await t.client.releases.get({ releaseId: name })) ?? undefined
}

describe('the release lifecycle, as @sanity/client drives it', () => {
  it('creates a release, adds versions, schedules, unschedules and publishes it', async () => {
    await t.client.create({ _id: 'review-1', _type: 'review', title: 'Draft verdict' })
    const created = await t.client.releases.create({
      releaseId: 'ballerina',
      metadata: {
        title: 'Ballerina embargo',
        releaseType: 'scheduled',
        intendedPublishAt: '2030-06-01T00:01:00+01:00',
      },
    })
    expect(created.releaseId).toBe('ballerina')
    expect(await releaseDoc('ballerina')).toMatchObject({
      _id: '_.releases.ballerina',
      _type: 'system.release',
      name: 'ballerina',
      state: 'active',
      metadata: {
        title: 'Ballerina embargo',
        releaseType: 'scheduled',
        intendedPublishAt: '2030-05-31T23:01:00.000Z',
      },
    })

    await t.client.createVersion({ publishedId: 'review-1', baseId: 'review-1', releaseId: 'ballerina' })
    await t.client.createVersion({
      document: { _id: 'versions.ballerina.news-1', _type: 'news', title: 'Ballerina news' },
      releaseId: 'ballerina',
      publishedId: 'news-1',
    })
    await t.client.patch('versions.ballerina.review-1').set({ title: 'Five stars' }).commit()
    const documents = await raw.releases.fetchDocuments({ releaseId: 'ballerina' })
    expect(documents.result.map((document) => document._id).sort()).toEqual([
      'versions.ballerina.news-1',
      'versions.ballerina.review-1',
    ])

    await t.client.releases.schedule({ releaseId: 'ballerina', publishAt: '2099-01-01T00:00:00Z' })
    expect(await releaseDoc('ballerina')).toMatchObject({
      state: 'scheduled',
      publishAt: '2099-01-01T00:00:00.000Z',
    })
    expect(t.lake.releases.scheduler.upcoming()).toMatchObject([{ releaseName: 'ballerina' }])
    await t.client.releases.unschedule({ releaseId: 'ballerina' })
    const unscheduled = await releaseDoc('ballerina')
    expect(unscheduled).toMatchObject({ state: 'active' })
    expect(unscheduled?.publishAt).toBeUndefined()
    expect(t.lake.releases.scheduler.upcoming()).toEqual([])

    await t.client.releases.publish({ releaseId: 'ballerina' })
    expect(await t.client.getDocument('review-1')).toMatchObject({ title: 'Five stars' })
    expect(await t.client.getDocument('news-1')).toMatchObject({ title: 'Ballerina news' })
    expect(await raw.getDocument('versions.ballerina.review-1')).toBeUndefined()
    const published = await releaseDoc('ballerina')
    expect(published).toMatchObject({
      state: 'published',
      finalDocumentStates: [{ id: 'news-1' }, { id: 'review-1' }],
    })
    expect(typeof published?.publishedAt).toBe('string')
    // A published release can be deleted, not published twice.
    expect((await caught(() => t.client.releases.publish({ releaseId: 'ballerina' }))).statusCode).toBe(409)
    await t.client.releases.delete({ releaseId: 'ballerina' })
    expect(await releaseDoc('ballerina')).toBeUndefined()
  })

  it('archives a release (its versions go) and unarchives it (they come back)', async () => {
    await t.client.releases.create({
      releaseId: 'shelved',
      metadata: { title: 'Shelved', releaseType: 'asap' },
    })
    await t.client.createVersion({
      document: { _id: 'versions.shelved.film-9', _type: 'film', title: 'Later' },
      releaseId: 'shelved',
      publishedId: 'film-9',
    })
    await t.client.releases.archive({ releaseId: 'shelved' })
    expect(await releaseDoc('shelved')).toMatchObject({ state: 'archived' })
    expect(await raw.getDocument('versions.shelved.film-9')).toBeUndefined()
    await t.client.releases.unarchive({ releaseId: 'shelved' })
    expect(await releaseDoc('shelved')).toMatchObject({ state: 'active' })
    expect(await raw.getDocument('versions.shelved.film-9')).toMatchObject({ title: 'Later' })
  })

  it('edits metadata with the patch the Studio sends, and refuses bad input with a 400', async () => {
    await t.client.releases.create({
      releaseId: 'editme',
      metadata: { title: 'Old', releaseType: 'undecided' },
    })
    await t.client.releases.edit({
      releaseId: 'editme',
      patch: { set: { metadata: { title: 'New', releaseType: 'asap' } }, unset: ['metadata.description'] },
    })
    expect(await releaseDoc('editme')).toMatchObject({ metadata: { title: 'New', releaseType: 'asap' } })
    const badType = await caught(() =>
      t.client.releases.edit({ releaseId: 'editme', patch: { set: { 'metadata.releaseType': 'someday' } } }),
    )
    expect(badType.statusCode).toBe(400)
    const outside = await caught(() =>
      t.client.releases.edit({ releaseId: 'editme', patch: { set: { state: 'published' } } }),
    )
    expect(outside.statusCode).toBe(400)
    const noZone = await caught(() =>
      t.client.releases.schedule({ releaseId: 'editme', publishAt: '2099-01-01T00:00:00' }),
    )
    expect(noZone.statusCode).toBe(400)
    const reserved = await caught(() => t.client.releases.create({ releaseId: 'drafts' }))
    expect(reserved.statusCode).toBe(400)
    const missing = await caught(() => t.client.releases.publish({ releaseId: 'nosuchrelease' }))
    expect(missing.statusCode).toBe(404)
  })
})

describe('a scheduled release is locked', () => {
  it('refuses changes to its versions through mutate and actions until it is unscheduled', async () => {
    await t.client.releases.create({ releaseId: 'locked', metadata: { releaseType: 'scheduled' } })
    await t.client.createVersion({
      document: { _id: 'versions.locked.l-doc', _type: 'news', title: 'As scheduled' },
      releaseId: 'locked',
      publishedId: 'l-doc',
    })
    await t.client.releases.schedule({ releaseId: 'locked', publishAt: '2099-01-01T00:00:00Z' })

    const patched = await caught(() =>
      t.client.patch('versions.locked.l-doc').set({ title: 'Sneaked' }).commit(),
    )
    expect(patched.statusCode).toBe(409)
    expect(patched.details).toMatchObject({ items: [{ error: { type: 'releaseLockedError' } }] })
    const added = await caught(() =>
      t.client.createVersion({
        document: { _id: 'versions.locked.l-other', _type: 'news', title: 'Added late' },
        releaseId: 'locked',
        publishedId: 'l-other',
      }),
    )
    expect(added.statusCode).toBe(409)
    expect(added.details).toMatchObject({ items: [{ error: { type: 'releaseLockedError' } }] })
    expect(await raw.getDocument('versions.locked.l-doc')).toMatchObject({ title: 'As scheduled' })
    expect(await raw.getDocument('versions.locked.l-other')).toBeUndefined()

    await t.client.releases.unschedule({ releaseId: 'locked' })
    await t.client.patch('versions.locked.l-doc').set({ title: 'Revised' }).commit()
    expect(await raw.getDocument('versions.locked.l-doc')).toMatchObject({ title: 'Revised' })
  })

  it('a schedule time that has passed publishes at once', async () => {
    await t.client.releases.create({ releaseId: 'past', metadata: { releaseType: 'scheduled' } })
    await t.client.createVersion({
      document: { _id: 'versions.past.past-doc', _type: 'news', title: 'Now' },
      releaseId: 'past',
      publishedId: 'past-doc',
    })
    await t.client.releases.schedule({ releaseId: 'past', publishAt: '2000-01-01T00:00:00Z' })
    expect(await t.client.getDocument('past-doc')).toMatchObject({ title: 'Now' })
    expect(await releaseDoc('past')).toMatchObject({ state: 'published' })
  })
})

describe('publishing is all or nothing', () => {
  it('a version whose published document changed since it was made fails the whole release, and says so', async () => {
    await t.client.create({ _id: 'film-a', _type: 'film', title: 'A v1' })
    await t.client.create({ _id: 'film-b', _type: 'film', title: 'B v1' })
    await t.client.releases.create({ releaseId: 'clash', metadata: { releaseType: 'asap' } })
    await t.client.createVersion({ publishedId: 'film-a', baseId: 'film-a', releaseId: 'clash' })
    await t.client.createVersion({ publishedId: 'film-b', baseId: 'film-b', releaseId: 'clash' })
    await t.client.patch('versions.clash.film-a').set({ title: 'A v2' }).commit()
    await t.client.patch('versions.clash.film-b').set({ title: 'B v2' }).commit()
    // Someone fixes a typo in the published film B meanwhile.
    await t.client.patch('film-b').set({ title: 'B v1 (fixed)' }).commit()
    const before = t.lake.store.transactions('production').length

    const failure = await caught(() => t.client.releases.publish({ releaseId: 'clash' }))
    expect(failure.statusCode).toBe(409)
    expect(failure.message).toContain('film-b')
    expect(await t.client.getDocument('film-a')).toMatchObject({ title: 'A v1' })
    expect(await t.client.getDocument('film-b')).toMatchObject({ title: 'B v1 (fixed)' })
    expect(await raw.getDocument('versions.clash.film-a')).toMatchObject({ title: 'A v2' })
    const release = await releaseDoc('clash')
    expect(release).toMatchObject({
      state: 'active',
      error: { message: expect.stringContaining('"film-b"') },
    })
    // The failed publish wrote nothing but the error on the release.
    const written = t.lake.store.transactions('production').slice(before)
    expect(written.flatMap((entry) => Object.keys(entry.effects))).toEqual(['_.releases.clash'])

    // Recreating the stale version from the current published document resolves it.
    await t.client.discardVersion({ releaseId: 'clash', publishedId: 'film-b' })
    await t.client.createVersion({ publishedId: 'film-b', baseId: 'film-b', releaseId: 'clash' })
    await t.client.releases.publish({ releaseId: 'clash' })
    expect(await t.client.getDocument('film-a')).toMatchObject({ title: 'A v2' })
    const published = await releaseDoc('clash')
    expect(published).toMatchObject({ state: 'published' })
    expect(published?.error).toBeUndefined()
  })

  it('a version marked for unpublishing deletes the published document when the release publishes', async () => {
    await t.client.create({ _id: 'old-news', _type: 'news', title: 'Stale' })
    await t.client.releases.create({ releaseId: 'cleanup', metadata: { releaseType: 'asap' } })
    await t.client.unpublishVersion({ releaseId: 'cleanup', publishedId: 'old-news' })
    expect(await t.client.getDocument('old-news')).toMatchObject({ title: 'Stale' })
    await t.client.releases.publish({ releaseId: 'cleanup' })
    expect(await t.client.getDocument('old-news')).toBeUndefined()
  })
})

describe('release perspectives', () => {
  beforeAll(async () => {
    await t.client.create({ _id: 'p-film', _type: 'pfilm', title: 'Published' })
    await t.client.create({ _id: 'drafts.p-film', _type: 'pfilm', title: 'Draft' })
    await t.client.releases.create({ releaseId: 'rOne', metadata: { releaseType: 'asap' } })
    await t.client.releases.create({ releaseId: 'rTwo', metadata: { releaseType: 'asap' } })
    await t.client.createVersion({
      document: { _id: 'versions.rOne.p-film', _type: 'pfilm', title: 'One' },
      releaseId: 'rOne',
      publishedId: 'p-film',
    })
    await t.client.createVersion({
      document: { _id: 'versions.rTwo.p-new', _type: 'pfilm', title: 'New in two' },
      releaseId: 'rTwo',
      publishedId: 'p-new',
    })
  })

  const titles = (client: SanityClient) =>
    client.fetch<{ _id: string; title: string; _originalId: string }[]>(
      '*[_type == "pfilm"] | order(_id) {_id, title, _originalId}',
    )

  it('stacks versions over drafts over published, under the published id', async () => {
    expect(await titles(t.client.withConfig({ perspective: ['rOne'] }))).toEqual([
      { _id: 'p-film', title: 'One', _originalId: 'versions.rOne.p-film' },
    ])
    expect(await titles(t.client.withConfig({ perspective: ['rTwo', 'rOne', 'drafts'] }))).toEqual([
      { _id: 'p-film', title: 'One', _originalId: 'versions.rOne.p-film' },
      { _id: 'p-new', title: 'New in two', _originalId: 'versions.rTwo.p-new' },
    ])
    expect(await titles(t.client.withConfig({ perspective: ['rTwo', 'drafts'] }))).toEqual([
      { _id: 'p-film', title: 'Draft', _originalId: 'drafts.p-film' },
      { _id: 'p-new', title: 'New in two', _originalId: 'versions.rTwo.p-new' },
    ])
    expect(await titles(t.client.withConfig({ perspective: 'published' }))).toEqual([
      { _id: 'p-film', title: 'Published', _originalId: 'p-film' },
    ])
  })

  it('answers sanity::versionOf and sanity::partOfRelease over stored ids (raw)', async () => {
    expect(await raw.fetch('*[sanity::versionOf("p-film")]._id | order(@)')).toEqual([
      'drafts.p-film',
      'p-film',
      'versions.rOne.p-film',
    ])
    expect(await raw.fetch('*[sanity::partOfRelease($r)]._id', { r: 'rTwo' })).toEqual([
      'versions.rTwo.p-new',
    ])
  })

  it('refuses malformed perspectives with a 400', async () => {
    for (const perspective of ['raw,drafts', 'r!1', 'a,,b']) {
      const response = await t.request(
        `/v2025-02-19/data/query/production?query=*&perspective=${encodeURIComponent(perspective)}`,
      )
      expect(response.status, perspective).toBe(400)
    }
  })

  it('never shows versions to anonymous readers: query (any perspective), doc and listen', async () => {
    expect(await titles(t.anonymous.withConfig({ perspective: ['rTwo', 'rOne', 'drafts'] }))).toEqual([
      { _id: 'p-film', title: 'Published', _originalId: 'p-film' },
    ])
    expect(await t.anonymous.fetch('*[sanity::partOfRelease("rTwo")]', {}, { perspective: 'raw' })).toEqual(
      [],
    )
    expect(await t.anonymous.fetch('*[_id in path("_.releases.**")]', {}, { perspective: 'raw' })).toEqual([])
    const doc = await t.request('/v2025-02-19/data/doc/production/versions.rTwo.p-new,_.releases.rTwo', {
      auth: false,
    })
    expect(doc.body).toMatchObject({
      documents: [],
      omitted: [{ reason: 'permission' }, { reason: 'permission' }],
    })

    const query = encodeURIComponent('*[_type == "pfilm"]')
    const anonymous = await openSse(
      `${t.lake.url}/v2025-02-19/data/listen/production?query=${query}&includeAllVersions=true`,
    )
    const signedIn = await openSse(
      `${t.lake.url}/v2025-02-19/data/listen/production?query=${query}&includeAllVersions=true`,
      {
        authorization: `Bearer ${t.lake.token}`,
      },
    )
    try {
      expect((await anonymous.next()).event).toBe('welcome')
      expect((await signedIn.next()).event).toBe('welcome')
      await t.client.patch('versions.rTwo.p-new').set({ title: 'Secret' }).commit()
      await t.client.patch('p-film').set({ title: 'Public edit' }).commit()
      const heard = await anonymous.next()
      expect(heard).toMatchObject({ event: 'mutation', data: { documentId: 'p-film' } })
      const signedInHeard = await signedIn.next()
      expect(signedInHeard).toMatchObject({ event: 'mutation', data: { documentId: 'versions.rTwo.p-new' } })
    } finally {
      anonymous.close()
      signedIn.close()
    }
  })
})

describe('roles', () => {
  it('a contributor adds versions to a release but may not schedule, publish or archive it', async () => {
    const users = UserDirectory.open(t.dataDir)
    users.addUser({ id: 'cora', name: 'Cora', email: 'cora@example.com', role: 'contributor' })
    const { token } = users.createToken('cora')
    users.close()
    const contributor = clientFor(t.lake.url, token)
    await t.client.releases.create({ releaseId: 'roles', metadata: { releaseType: 'asap' } })
    await contributor.createVersion({
      document: { _id: 'versions.roles.c-doc', _type: 'news', title: 'By Cora' },
      releaseId: 'roles',
      publishedId: 'c-doc',
    })
    const attempts = [
      () => contributor.releases.schedule({ releaseId: 'roles', publishAt: '2099-01-01T00:00:00Z' }),
      () => contributor.releases.publish({ releaseId: 'roles' }),
      () => contributor.releases.archive({ releaseId: 'roles' }),
    ]
    for (const attempt of attempts) {
      const failure = await caught(attempt)
      expect(failure.statusCode).toBe(403)
      expect(failure.details).toMatchObject({ items: [{ error: { type: 'insufficientPermissionsError' } }] })
    }
    expect(await releaseDoc('roles')).toMatchObject({ state: 'active' })
    expect(await t.client.getDocument('c-doc')).toBeUndefined()
  })
})

describe('what a release publish tells listeners', () => {
  it('one commit: anonymous listeners hear the published documents appear, never the versions', async () => {
    await t.client.releases.create({ releaseId: 'heard', metadata: { releaseType: 'asap' } })
    for (const id of ['h-1', 'h-2']) {
      await t.client.createVersion({
        document: { _id: `versions.heard.${id}`, _type: 'heardDoc', title: id },
        releaseId: 'heard',
        publishedId: id,
      })
    }
    const query = encodeURIComponent('*[_type == "heardDoc"]')
    const stream = await openSse(`${t.lake.url}/v2025-02-19/data/listen/production?query=${query}`)
    try {
      expect((await stream.next()).event).toBe('welcome')
      const { transactionId } = await t.client.releases.publish({ releaseId: 'heard' })
      const first = await stream.next()
      const second = await stream.next()
      expect([first.data, second.data]).toMatchObject([
        { documentId: 'h-1', transition: 'appear', transactionId },
        { documentId: 'h-2', transition: 'appear', transactionId },
      ])
    } finally {
      stream.close()
    }
  })
})
