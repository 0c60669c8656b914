// What the pinned Studio's Releases tool needs from the lake beyond the release actions: the features that
// switch it on, the plan limits it asks before creating a release, and permission answers to its dry runs
// that it can tell apart from other failures (it enables Schedule, Publish and Archive from them).
import type { ScheduleReleaseAction } from '@sanity/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserDirectory } from '#sanity/lake/users/user-directory.ts'
import { caught, clientFor, startTestLake, type TestLake } from './lake-fixture.ts'

let t: TestLake
let contributorToken = ''

beforeAll(async () => {
  t = await startTestLake()
  const users = UserDirectory.open(t.dataDir)
  users.addUser({ id: 'cora', name: 'Cora', email: 'cora@example.com', role: 'contributor' })
  contributorToken = users.createToken('cora').token
  users.close()
  await t.client.releases.create({
    releaseId: 'embargo',
    metadata: { title: 'Embargo', releaseType: 'scheduled' },
  })
  await t.client.createVersion({
    document: { _id: 'versions.embargo.review-x', _type: 'review', headline: 'Embargoed' },
    releaseId: 'embargo',
    publishedId: 'review-x',
  })
})

afterAll(async () => {
  await t?.stop()
})

describe('switching the Releases tool on', () => {
  it('lists content releases and single-document releases (Scheduled Drafts) as features', async () => {
    const { status, body } = await t.request('/v2025-02-19/features', { auth: false })
    expect(status).toBe(200)
    expect(body).toEqual(['contentReleases', 'singleDocRelease'])
  })

  it('answers the release limits with no limit, to signed-in users of this project only', async () => {
    const allowed = await t.request('/vX/projects/local/new-content-release-allowed')
    expect(allowed.status).toBe(200)
    expect(allowed.body).toEqual({
      data: { datasetReleaseLimit: 1_000_000, orgActiveReleaseLimit: null, orgMeteredActiveReleaseCount: 0 },
    })
    expect((await t.request('/vX/projects/local/new-content-release-allowed', { auth: false })).status).toBe(
      401,
    )
    expect((await t.request('/vX/projects/other/new-content-release-allowed')).status).toBe(404)
  })
})

describe("the Studio's permission dry runs", () => {
  const schedule: ScheduleReleaseAction = {
    actionType: 'sanity.action.release.schedule',
    releaseId: 'embargo',
    publishAt: new Date().toISOString(),
  }

  it('tell a contributor "insufficient permissions" at the top of the error, as the Studio reads it', async () => {
    const contributor = clientFor(t.lake.url, contributorToken)
    const failure = await caught(() => contributor.action(schedule, { dryRun: true }))
    expect(failure.statusCode).toBe(403)
    expect(failure.details).toMatchObject({
      type: 'insufficientPermissionsError',
      items: [{ index: 0, error: { type: 'insufficientPermissionsError' } }],
    })
  })

  it('let an editor through without scheduling or publishing anything', async () => {
    await t.client.action(schedule, { dryRun: true })
    expect(await t.client.releases.get({ releaseId: 'embargo' })).toMatchObject({ state: 'active' })
    expect(await t.client.getDocument('review-x')).toBeUndefined()
  })

  it('keep other failures as action errors', async () => {
    const failure = await caught(() =>
      t.client.action(
        { actionType: 'sanity.action.release.unschedule', releaseId: 'embargo' },
        { dryRun: true },
      ),
    )
    expect(failure.statusCode).toBe(409)
    expect(failure.details).toMatchObject({ type: 'actionError' })
  })
})
