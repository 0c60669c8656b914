// The Studio's lake check against a real lake: trusted HTTPS lets the Studio render, an untrusted CA or a stopped
// lake gets a plain message with the one step that fixes it.
import { cleanup, render, screen } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { LakeGate } from '#app/studio/[[...tool]]/LakeGate.tsx'
import { lakeHealthUrls } from '#app/studio/[[...tool]]/lake-probe.ts'
import { startTestLake, type TestLake } from '../../integration/lake/lake-fixture.ts'

let lake: TestLake

beforeAll(async () => {
  // jsdom gives modules non-file URLs, from which a worker thread cannot start: queries run in-thread here.
  lake = await startTestLake({ queryPool: { workers: 0 } })
})

afterAll(async () => {
  await lake?.stop()
})

afterEach(cleanup)

describe('lakeHealthUrls', () => {
  it('asks the host the Studio calls (project id in front), and the plain port beside it', () => {
    expect(lakeHealthUrls('https://localhost:4000', 'local')).toEqual({
      studio: 'https://local.localhost:4000/health',
      plain: 'http://local.localhost:4000/health',
    })
    expect(lakeHealthUrls('http://localhost:4000', 'local')).toEqual({
      studio: 'http://local.localhost:4000/health',
      plain: undefined,
    })
  })
})

describe('LakeGate', () => {
  it('renders the Studio while it checks, and keeps it when the lake answers', async () => {
    const urls = { studio: `${lake.lake.url}/health`, plain: undefined }
    const checked = Promise.withResolvers<string>()
    render(
      <LakeGate urls={urls} onChecked={checked.resolve}>
        {<p>the studio</p>}
      </LakeGate>,
    )
    expect(screen.getByText('the studio')).toBeTruthy()
    expect(await checked.promise).toBe('reachable')
    expect(screen.getByText('the studio')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says to run `lake trust` when HTTPS fails but the lake answers plain HTTP', async () => {
    // This test runner does not trust the lake's CA, just like a browser before `trust`.
    const urls = { studio: `https://127.0.0.1:${lake.lake.port}/health`, plain: `${lake.lake.url}/health` }
    render(<LakeGate urls={urls}>{<p>the studio</p>}</LakeGate>)
    expect(screen.getByText('the studio')).toBeTruthy()
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('npm run lake -- trust')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/does not trust the local lake/)
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy()
    expect(screen.queryByText('the studio')).toBeNull()
  })

  it('says to start the lake when nothing answers', async () => {
    const stopped = await startTestLake({ queryPool: { workers: 0 } })
    await stopped.stop()
    const urls = {
      studio: `https://127.0.0.1:${stopped.lake.port}/health`,
      plain: `${stopped.lake.url}/health`,
    }
    render(<LakeGate urls={urls}>{<p>the studio</p>}</LakeGate>)
    expect((await screen.findByRole('alert')).textContent).toContain('npm run dev')
  })
})
