// The draft bar names the releases a preview shows: their titles read from a real lake, as the preview token
// reads them, in the perspective stack's order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { releaseNamesOf, releaseTitles, releaseTitlesOrNames } from '#lib/draft/previewed-releases.ts'
import { clientFor, startTestLake, type TestLake } from '../lake/lake-fixture.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
  await lake.client.action([
    {
      actionType: 'sanity.action.release.create',
      releaseId: 'rCannes',
      metadata: { title: 'Cannes embargo' },
    },
    { actionType: 'sanity.action.release.create', releaseId: 'rUntitled', metadata: {} },
  ])
})

afterAll(() => lake.stop())

describe('releaseNamesOf', () => {
  it('takes the releases out of a perspective stack and nothing out of drafts or published', () => {
    expect(releaseNamesOf(['rCannes', 'rUntitled', 'drafts'])).toEqual(['rCannes', 'rUntitled'])
    expect(releaseNamesOf('drafts')).toEqual([])
    expect(releaseNamesOf('published')).toEqual([])
  })
})

describe('releaseTitles', () => {
  it('reads each release title, falling back to the name for an untitled or unknown release', async () => {
    const titles = await releaseTitles(lake.client, ['rUntitled', 'rCannes', 'rGone'])
    expect(titles).toEqual(['rUntitled', 'Cannes embargo', 'rGone'])
  })

  it('asks for nothing when no release is previewed', async () => {
    expect(await releaseTitles(lake.anonymous, [])).toEqual([])
  })

  it('falls back to the names when the titles cannot be read, so the draft bar never fails the page', async () => {
    const stopped = await startTestLake()
    const unreachable = clientFor(stopped.lake.url, stopped.lake.token).withConfig({ maxRetries: 0 })
    await stopped.stop()
    await expect(releaseTitles(unreachable, ['rCannes'])).rejects.toThrow()
    expect(await releaseTitlesOrNames(unreachable, ['rCannes'])).toEqual(['rCannes'])
    expect(await releaseTitlesOrNames(lake.client, ['rCannes'])).toEqual(['Cannes embargo'])
  })
})
