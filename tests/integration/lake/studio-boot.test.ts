// The calls the unmodified Studio makes at boot (shared/studio-contract), against a real lake.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestLake, type TestLake } from './lake-fixture.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
})

afterAll(async () => {
  await lake.stop()
})

describe('users/me', () => {
  it('describes the root token as the lake administrator', async () => {
    const { status, body } = await lake.request('/v2026-05-04/users/me')
    expect(status).toBe(200)
    expect(body).toEqual({
      id: 'lake-admin',
      name: 'Lake administrator',
      email: 'lake-admin@lake.local',
      profileImage: null,
      role: 'administrator',
      roles: [{ name: 'administrator', title: 'Administrator' }],
      provider: 'lake',
    })
  })

  it('is a 401 in Sanity shape when anonymous, which the Studio reads as logged out', async () => {
    const { status, body } = await lake.request('/v2021-06-07/users/me', { auth: false })
    expect(status).toBe(401)
    expect(body).toMatchObject({ error: 'Unauthorized', statusCode: 401 })
    expect(body).toHaveProperty('message', expect.stringContaining('Not signed in'))
  })

  it('is a 401 for a wrong token', async () => {
    const { status, body } = await lake.request('/v2026-05-04/users/me', {
      auth: false,
      headers: { authorization: 'Bearer not-the-token' },
    })
    expect(status).toBe(401)
    expect(body).toMatchObject({ error: 'Unauthorized' })
  })
})

describe('project', () => {
  it('answers the project with the current user as its only member', async () => {
    const { status, body } = await lake.request(
      '/v2021-12-15/projects/local?includeMembers=false&includeFeatures=false&includeOrganization=true',
    )
    expect(status).toBe(200)
    expect(body).toMatchObject({
      id: 'local',
      organizationId: null,
      isBlocked: false,
      isDisabled: false,
      isDisabledByUser: false,
      studioHost: null,
      features: [],
      members: [{ id: 'lake-admin', role: 'administrator', isCurrentUser: true, isRobot: false }],
    })
  })

  it('is a 404 for another project id and a 401 for anonymous callers', async () => {
    expect((await lake.request('/v2021-12-15/projects/abc123')).status).toBe(404)
    expect((await lake.request('/v2021-12-15/projects/local', { auth: false })).status).toBe(401)
  })

  it('grants the administrator the project, without invitations or cloud deploys', async () => {
    const { status, body } = await lake.request('/v2025-02-19/projects/local/grants')
    expect(status).toBe(200)
    const grantSet = (...names: string[]) => [
      { grants: names.map((name) => ({ name, params: {} })), config: {} },
    ]
    expect(body).toEqual({
      'sanity.project': grantSet('read', 'update'),
      'sanity.project.members': grantSet('read', 'update'),
      'sanity.project.datasets': grantSet('read'),
    })
  })

  it('gives the dataset ACL the Studio evaluates with groq-js', async () => {
    const { status, body } = await lake.request('/v2021-06-07/projects/local/datasets/production/acl')
    expect(status).toBe(200)
    expect(body).toEqual([
      { filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update'] },
    ])
    expect((await lake.request('/v2021-06-07/projects/local/datasets/nope/acl')).status).toBe(404)
  })

  it('has no add-on datasets and no user applications', async () => {
    const datasets = await lake.request(
      '/v2025-02-19/projects/local/datasets?datasetProfile=comments&addonFor=production',
    )
    expect(datasets).toMatchObject({ status: 200, body: [] })
    const applications = await lake.request('/v2024-09-01/projects/local/user-applications')
    expect(applications).toMatchObject({ status: 200, body: [] })
  })
})

describe('cloud features, and the ones the lake has itself', () => {
  it.each([
    ['/v2025-02-19/features', ['contentReleases', 'singleDocRelease']],
    ['/v2025-03-01/ping', 'PONG'],
    ['/v2025-02-19/data/ping/production', 'PONG'],
    ['/v2024-11-12/intake/telemetry-status', { status: 'denied' }],
    ['/v2023-12-11/journey/trial?studioVersion=6.9.2', null],
    ['/v2025-02-19/journey/document-limit', null],
    ['/v1/help?m=sanity%406.9.2&locale=en-US', { resources: [], latestVersion: null }],
  ])('GET %s', async (path, expected) => {
    const { status, body } = await lake.request(path, { auth: false })
    expect(status).toBe(200)
    expect(body).toEqual(expected)
  })

  it('accepts and drops telemetry batches', async () => {
    const { status } = await lake.request('/v2023-12-18/intake/batch', {
      method: 'POST',
      body: JSON.stringify([{ type: 'log', event: 'x' }]),
      headers: { 'content-type': 'text/plain' },
    })
    expect(status).toBe(200)
  })
})

describe('users/me/keyvalue', () => {
  const layout = 'studio.structure-tool.layout.review'
  const sort = 'studio.structure-tool.sort-order.review'

  it('reads unknown keys as null', async () => {
    const { status, body } = await lake.request(`/v2025-02-19/users/me/keyvalue/${layout},${sort}`)
    expect(status).toBe(200)
    expect(body).toEqual([
      { key: layout, value: null },
      { key: sort, value: null },
    ])
  })

  it('stores what a PUT sends and echoes it back', async () => {
    const pairs = [{ key: layout, value: { mode: 'detail' } }]
    const put = await lake.request('/v2025-02-19/users/me/keyvalue', {
      method: 'PUT',
      body: JSON.stringify(pairs),
      headers: { 'content-type': 'application/json' },
    })
    expect(put).toMatchObject({ status: 200, body: pairs })
    const { body } = await lake.request(`/v2025-02-19/users/me/keyvalue/${layout}`)
    expect(body).toEqual(pairs)
  })

  it('refuses anonymous callers and malformed pairs', async () => {
    const anonymous = await lake.request(`/v2025-02-19/users/me/keyvalue/${layout}`, { auth: false })
    expect(anonymous.status).toBe(401)
    const malformed = await lake.request('/v2025-02-19/users/me/keyvalue', {
      method: 'PUT',
      body: JSON.stringify([{ value: 1 }]),
      headers: { 'content-type': 'application/json' },
    })
    expect(malformed.status).toBe(400)
    expect(malformed.body).toMatchObject({ error: 'Bad Request' })
  })
})
