// Users, roles and tokens on a running lake: the CLI adds them while it runs, every write path checks
// the role, and the Studio's boot endpoints describe the signed-in user and what their role may do.
import { execFile } from 'node:child_process'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { SanityClient } from '@sanity/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caught, clientFor, startTestLake, type TestLake } from './lake-fixture.ts'

const run = promisify(execFile)
const CLI = join(import.meta.dirname, '../../../sanity/lake/cli.ts')
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

let t: TestLake
const tokens: Record<string, string> = {}
const clients: Record<string, SanityClient> = {}

async function cli(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [CLI, ...args], { env: { ...process.env, LAKE_DATA_DIR: t.dataDir } })
}

async function as(token: string, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set('authorization', `Bearer ${token}`)
  const response = await fetch(`${t.lake.url}${path}`, { ...init, headers })
  return { status: response.status, body: await response.json() }
}

beforeAll(async () => {
  t = await startTestLake()
  await t.client.createOrReplace({ _id: 'post-1', _type: 'post', title: 'Published' })
  // The lake is running: the CLI writes its SQLite directly, and the lake must see it without a restart.
  const roles: [string, string][] = [
    ['eddie', 'editor'],
    ['connie', 'contributor'],
    ['vic', 'viewer'],
  ]
  for (const [id, role] of roles) {
    await cli('users', 'add', id, '--name', `${id} Example`, '--email', `${id}@example.com`, '--role', role)
    const { stdout } = await cli('tokens', 'create', '--user', id, '--label', 'test')
    const token = stdout.trim()
    tokens[id] = token
    clients[id] = clientFor(t.lake.url, token)
  }
}, 60_000)

afterAll(async () => {
  await t.stop()
})

describe('the CLI', () => {
  it('prints a token once, alone on stdout, and lists users and tokens', async () => {
    expect(tokens.eddie).toMatch(/^lakeu_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/)
    const users = (await cli('users', 'list')).stdout
    expect(users).toContain('lake-admin\tadministrator')
    expect(users).toMatch(/connie\tcontributor\tconnie Example <connie@example.com>/)
    const list = (await cli('tokens', 'list')).stdout
    expect(list).toMatch(/[0-9a-f]{12}\tvic\tactive\t/)
    expect(list).not.toContain(tokens.vic)
  })

  it('refuses bad input with a one-line message and exit code 2', async () => {
    await expect(
      cli('users', 'add', 'x', '--email', 'x@example.com', '--role', 'owner'),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Invalid role') })
    await expect(cli('tokens', 'create', '--user', 'nobody')).rejects.toMatchObject({ code: 2 })
    await expect(
      cli('users', 'add', 'lake-admin', '--email', 'a@b.co', '--role', 'viewer'),
    ).rejects.toMatchObject({ code: 2 })
  })
})

describe('users/me, members, grants and the ACL per role', () => {
  it('describes the real user behind a personal token', async () => {
    expect(await as(tokens.connie ?? '', '/v2026-05-04/users/me')).toEqual({
      status: 200,
      body: {
        id: 'connie',
        name: 'connie Example',
        email: 'connie@example.com',
        profileImage: null,
        role: 'contributor',
        roles: [{ name: 'contributor', title: 'Contributor' }],
        provider: 'lake',
      },
    })
  })

  it('lists every user as a project member, marking the current one', async () => {
    const { body } = await as(tokens.vic ?? '', '/v2021-12-15/projects/local')
    expect(body.members).toEqual([
      expect.objectContaining({ id: 'lake-admin', role: 'administrator', isCurrentUser: false }),
      expect.objectContaining({ id: 'connie', role: 'contributor', isCurrentUser: false }),
      expect.objectContaining({ id: 'eddie', role: 'editor', isCurrentUser: false }),
      expect.objectContaining({
        id: 'vic',
        role: 'viewer',
        roles: [{ name: 'viewer', title: 'Viewer' }],
        isCurrentUser: true,
      }),
    ])
  })

  it('serves public profiles for avatars in the Studio, known ids only', async () => {
    expect(await as(tokens.vic ?? '', '/v2021-06-07/users/connie,lake-admin,nobody')).toEqual({
      status: 200,
      body: [
        { id: 'connie', displayName: 'connie Example', imageUrl: null },
        { id: 'lake-admin', displayName: 'Lake administrator', imageUrl: null },
      ],
    })
    const anonymous = await fetch(`${t.lake.url}/v2021-06-07/users/connie`)
    expect(anonymous.status).toBe(401)
  })

  it.each([
    ['eddie', [{ filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update'] }]],
    [
      'connie',
      [
        { filter: '_id in path("**")', permissions: ['read'] },
        { filter: '_id in path("drafts.**")', permissions: ['create', 'history', 'update'] },
        { filter: '_id in path("versions.**")', permissions: ['create', 'history', 'update'] },
      ],
    ],
    ['vic', [{ filter: '_id in path("**")', permissions: ['read', 'history'] }]],
  ])('gives %s the ACL of their role', async (user, acl) => {
    expect(await as(tokens[user] ?? '', '/v2021-06-07/projects/local/datasets/production/acl')).toEqual({
      status: 200,
      body: acl,
    })
  })

  it('grants project management to administrators only', async () => {
    const editor = await as(tokens.eddie ?? '', '/v2025-02-19/projects/local/grants')
    expect(editor.body['sanity.project']).toEqual([{ grants: [{ name: 'read', params: {} }], config: {} }])
    const admin = await t.request('/v2025-02-19/projects/local/grants')
    expect(JSON.stringify(admin.body)).toContain('"update"')
    expect(JSON.stringify(admin.body)).not.toContain('invite')
  })
})

describe('writes per role', () => {
  it('lets a contributor create and edit drafts and versions', async () => {
    const contributor = clients.connie
    if (!contributor) throw new Error('no client')
    await contributor.createOrReplace({ _id: 'drafts.post-1', _type: 'post', title: 'Draft edit' })
    await contributor.patch('drafts.post-1').set({ title: 'Draft edit 2' }).commit()
    await contributor.create({ _id: 'versions.r1.post-1', _type: 'post', title: 'Release' })
    const log = await t.client.getDocument('drafts.post-1')
    expect(log).toMatchObject({ title: 'Draft edit 2' })
    const tx = t.lake.store.transactions('production', { documentId: 'drafts.post-1' }).at(-1)
    expect(tx?.author).toBe('connie')
  })

  it('refuses a contributor writing a published id, in Sanity shape, and writes nothing', async () => {
    const contributor = clients.connie
    if (!contributor) throw new Error('no client')
    const response = await as(tokens.connie ?? '', '/v2025-02-19/data/mutate/production', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        mutations: [
          { createOrReplace: { _id: 'drafts.post-2', _type: 'post' } },
          { patch: { id: 'post-1', set: { title: 'Hijacked' } } },
        ],
      }),
    })
    expect(response.status).toBe(403)
    expect(response.body).toMatchObject({
      error: {
        type: 'mutationError',
        items: [{ index: 1, error: { type: 'insufficientPermissionsError', permission: 'update' } }],
      },
    })
    expect(await t.client.getDocument('drafts.post-2')).toBeUndefined()
    expect(await t.client.getDocument('post-1')).toMatchObject({ title: 'Published' })
    expect((await caught(() => contributor.create({ _type: 'post' }))).statusCode).toBe(403)
  })

  it('refuses a contributor deleting a published document, by id or by query', async () => {
    const contributor = clients.connie
    if (!contributor) throw new Error('no client')
    expect((await caught(() => contributor.delete('post-1'))).statusCode).toBe(403)
    expect((await caught(() => contributor.delete({ query: '*[_type == "post"]' }))).statusCode).toBe(403)
    expect(await t.client.getDocument('post-1')).toBeDefined()
    // A query that selects drafts only is fine: discarding a draft.
    await contributor.delete({ query: '*[_id == "versions.r1.post-1"]' })
    expect(await t.client.getDocument('versions.r1.post-1')).toBeUndefined()
  })

  it('lets an editor publish and delete', async () => {
    const editor = clients.eddie
    if (!editor) throw new Error('no client')
    await editor.createOrReplace({ _id: 'post-3', _type: 'post', title: 'By the editor' })
    await editor.delete('post-3')
    expect(await t.client.getDocument('post-3')).toBeUndefined()
  })

  it('refuses every write from a viewer, uploads too', async () => {
    const viewer = clients.vic
    if (!viewer) throw new Error('no client')
    const mutate = await caught(() => viewer.create({ _id: 'drafts.v', _type: 'post' }))
    expect(mutate.statusCode).toBe(403)
    const upload = await caught(() => viewer.assets.upload('image', PNG_1X1, { filename: 'x.png' }))
    expect(upload.statusCode).toBe(403)
    expect(await viewer.fetch('count(*[_id in path("drafts.**")])', {}, { perspective: 'raw' })).toBe(1)
  })

  it('lets a contributor upload an image', async () => {
    const document = await clients.connie?.assets.upload('image', PNG_1X1, { filename: 'dot.png' })
    expect(document).toMatchObject({ _type: 'sanity.imageAsset', metadata: { dimensions: { width: 1 } } })
  })
})

describe('revoking and removing', () => {
  it('refuses a token with 401 as soon as the CLI revokes it, and a removed user', async () => {
    const { stdout } = await cli('tokens', 'create', '--user', 'eddie')
    const token = stdout.trim()
    expect((await as(token, '/v2026-05-04/users/me')).status).toBe(200)
    const id = /^lakeu_([0-9a-f]{12})_/.exec(token)?.[1] ?? ''
    await cli('tokens', 'revoke', id)
    expect(await as(token, '/v2026-05-04/users/me')).toMatchObject({ status: 401, body: { statusCode: 401 } })
    await cli('users', 'remove', 'eddie')
    expect((await as(tokens.eddie ?? '', '/v2026-05-04/users/me')).status).toBe(401)
  })
})

describe('files', () => {
  it('keeps lake.sqlite, its WAL files and the token file private (0600)', () => {
    for (const file of ['lake.sqlite', 'lake.sqlite-wal', 'lake.sqlite-shm', 'token']) {
      expect((statSync(join(t.dataDir, file)).mode & 0o777).toString(8)).toBe('600')
    }
  })
})
