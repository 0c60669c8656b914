// Writes through the real @sanity/client: round trips, every patch operation, conflicts, atomicity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caught, startTestLake, type TestLake } from './lake-fixture.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(async () => {
  await t.stop()
})

describe('create, patch, delete', () => {
  it('round-trips a document and stamps _rev, _createdAt and _updatedAt', async () => {
    const created = await t.client.create({ _id: 'film-1', _type: 'film', title: 'Heat' })
    expect(created).toMatchObject({ _id: 'film-1', _type: 'film', title: 'Heat' })
    expect(created._rev).toMatch(/^[A-Za-z0-9]{22}$/)
    expect(Date.parse(created._createdAt)).not.toBeNaN()
    expect(created._updatedAt).toBe(created._createdAt)

    const patched = await t.client.patch('film-1').set({ year: 1995 }).commit()
    expect(patched.year).toBe(1995)
    expect(patched._rev).not.toBe(created._rev)
    expect(patched._createdAt).toBe(created._createdAt)
    expect(await t.client.getDocument('film-1')).toEqual(patched)

    const deleted = await t.client.delete('film-1')
    expect(deleted.results).toMatchObject([
      { id: 'film-1', operation: 'delete', document: { title: 'Heat' } },
    ])
    expect(await t.client.getDocument('film-1')).toBeUndefined()
  })

  it('uses the transaction id as the revision of every touched document', async () => {
    const result = await t.client
      .transaction()
      .create({ _id: 'rev-a', _type: 'film' })
      .create({ _id: 'rev-b', _type: 'film' })
      .commit()
    expect(result.results.map((r) => r.operation)).toEqual(['create', 'create'])
    const [a, b] = await t.client.getDocuments(['rev-a', 'rev-b'])
    expect(a?._rev).toBe(result.transactionId)
    expect(b?._rev).toBe(result.transactionId)
  })

  it('generates ids when _id is missing or ends with a dot, keeping the prefix', async () => {
    const plain = await t.client.create({ _type: 'film' })
    expect(plain._id).toMatch(/^[A-Za-z0-9]{22}$/)
    const draft = await t.client.create({ _id: 'drafts.', _type: 'film' })
    expect(draft._id).toMatch(/^drafts\.[A-Za-z0-9]{22}$/)
  })

  it('keeps a client-supplied _createdAt and ignores a client-supplied _rev', async () => {
    const doc = await t.client.create({
      _id: 'imported',
      _type: 'film',
      _createdAt: '2001-02-03T04:05:06Z',
      _rev: 'mine',
    })
    expect(doc._createdAt).toBe('2001-02-03T04:05:06Z')
    expect(doc._rev).not.toBe('mine')
  })

  it('createIfNotExists leaves an existing document alone; createOrReplace replaces it', async () => {
    await t.client.create({ _id: 'keep', _type: 'film', title: 'Original' })
    const kept = await t.client.createIfNotExists({ _id: 'keep', _type: 'film', title: 'Other' })
    expect(kept.title).toBe('Original')
    const replaced = await t.client.createOrReplace({ _id: 'keep', _type: 'film', rating: 4 })
    expect(replaced).not.toHaveProperty('title')
    expect(replaced.rating).toBe(4)
  })

  it('returns ids without documents when asked', async () => {
    const result = await t.client.mutate([{ create: { _id: 'ids-only', _type: 'film' } }], {
      returnDocuments: false,
    })
    expect(result).toMatchObject({
      results: [{ id: 'ids-only', operation: 'create' }],
      documentIds: ['ids-only'],
    })
  })

  it('deletes and patches by query', async () => {
    await t.client
      .transaction()
      .create({ _id: 'q-1', _type: 'tmp', n: 1 })
      .create({ _id: 'q-2', _type: 'tmp', n: 2 })
      .create({ _id: 'q-3', _type: 'other', n: 3 })
      .commit()
    await t.client.mutate([{ patch: { query: '*[_type == "tmp"]', set: { seen: true } } }])
    expect(await t.client.fetch('*[_type == "tmp"] | order(_id).seen')).toEqual([true, true])
    const removed = await t.client.delete({ query: '*[_type == $type]', params: { type: 'tmp' } })
    expect(removed.results.map((result: { id: string }) => result.id).sort()).toEqual(['q-1', 'q-2'])
    expect(await t.client.fetch('*[_id in ["q-1", "q-2", "q-3"]]._id')).toEqual(['q-3'])
  })

  it('adds _key to array objects with autoGenerateArrayKeys', async () => {
    const doc = await t.client.create(
      { _id: 'keys', _type: 'film', cast: [{ name: 'Pacino' }, { _key: 'given', name: 'De Niro' }] },
      { autoGenerateArrayKeys: true },
    )
    const cast: unknown = doc.cast
    expect(cast).toEqual([
      { name: 'Pacino', _key: expect.stringMatching(/^[0-9a-f]{12}$/) },
      { _key: 'given', name: 'De Niro' },
    ])
  })

  it('does not write on dryRun', async () => {
    const result = await t.client.create({ _id: 'dry', _type: 'film' }, { dryRun: true })
    expect(result._id).toBe('dry')
    expect(await t.client.getDocument('dry')).toBeUndefined()
  })
})

describe('patch operations', () => {
  const base = {
    _id: 'ops',
    _type: 'film',
    title: 'The Godfather',
    count: 10,
    meta: { a: 1 },
    tags: [
      { _key: 'a', v: 'a' },
      { _key: 'b', v: 'b' },
    ],
  }
  const fresh = () => t.client.createOrReplace(base)

  it('set and setIfMissing', async () => {
    await fresh()
    const doc = await t.client
      .patch('ops')
      .set({ 'meta.b': 2 })
      .setIfMissing({ title: 'X', subtitle: 'Y' })
      .commit()
    expect(doc.meta).toEqual({ a: 1, b: 2 })
    expect(doc.title).toBe('The Godfather')
    expect(doc.subtitle).toBe('Y')
  })

  it('unset', async () => {
    await fresh()
    const doc = await t.client.patch('ops').unset(['meta', 'tags[_key=="a"]']).commit()
    expect(doc).not.toHaveProperty('meta')
    expect(doc.tags).toEqual([{ _key: 'b', v: 'b' }])
  })

  it('inc and dec', async () => {
    await fresh()
    expect((await t.client.patch('ops').inc({ count: 5 }).commit()).count).toBe(15)
    expect((await t.client.patch('ops').dec({ count: 3 }).commit()).count).toBe(12)
  })

  it('insert before, after and replace', async () => {
    await fresh()
    const before = await t.client
      .patch('ops')
      .insert('before', 'tags[0]', [{ _key: 'z', v: 'z' }])
      .commit()
    expect(before.tags.map((tag: { _key: string }) => tag._key)).toEqual(['z', 'a', 'b'])
    const after = await t.client
      .patch('ops')
      .insert('after', 'tags[-1]', [{ _key: 'y', v: 'y' }])
      .commit()
    expect(after.tags.map((tag: { _key: string }) => tag._key)).toEqual(['z', 'a', 'b', 'y'])
    const replaced = await t.client
      .patch('ops')
      .insert('replace', 'tags[_key=="a"]', [{ _key: 'r', v: 'r' }])
      .commit()
    expect(replaced.tags.map((tag: { _key: string }) => tag._key)).toEqual(['z', 'r', 'b', 'y'])
  })

  it('diffMatchPatch', async () => {
    await fresh()
    const doc = await t.client
      .patch('ops')
      .diffMatchPatch({ title: '@@ -1,4 +1,4 @@\n-The \n+Der \n' })
      .commit()
    expect(doc.title).toBe('Der Godfather')
  })

  it('a patch that changes nothing reports "none" and keeps the revision', async () => {
    const doc = await fresh()
    const result = await t.client.mutate([{ patch: { id: 'ops', setIfMissing: { title: 'ignored' } } }], {
      returnDocuments: false,
    })
    expect(result.results).toEqual([{ id: 'ops', operation: 'none' }])
    expect((await t.client.getDocument('ops'))?._rev).toBe(doc._rev)
  })
})

describe('conflicts and atomicity', () => {
  it('rejects a stale ifRevisionID with 409 and Sanity’s error body', async () => {
    const doc = await t.client.createOrReplace({ _id: 'guarded', _type: 'film', n: 1 })
    await t.client.patch('guarded').ifRevisionId(doc._rev).set({ n: 2 }).commit()
    const error = await caught(() => t.client.patch('guarded').ifRevisionId(doc._rev).set({ n: 3 }).commit())
    expect(error.statusCode).toBe(409)
    expect(error.message).toContain('has unexpected revision ID')
    expect(error.details).toMatchObject({
      type: 'mutationError',
      items: [
        { index: 0, error: { type: 'documentRevisionIDDoesNotMatchError', expectedRevisionID: doc._rev } },
      ],
    })
    expect((await t.client.getDocument('guarded'))?.n).toBe(2)
  })

  it('rejects creating an existing id with 409', async () => {
    await t.client.createOrReplace({ _id: 'taken', _type: 'film' })
    const error = await caught(() => t.client.create({ _id: 'taken', _type: 'film' }))
    expect(error.statusCode).toBe(409)
    expect(error.details).toMatchObject({
      items: [{ error: { type: 'documentAlreadyExistsError', id: 'taken' } }],
    })
  })

  it('applies nothing when a later mutation fails', async () => {
    await t.client.createOrReplace({ _id: 'atomic', _type: 'film', n: 1 })
    const before = await t.client.fetch('*[_type == "film"] | order(_id)', {}, { perspective: 'raw' })
    const error = await caught(() =>
      t.client
        .transaction()
        .create({ _id: 'atomic-new', _type: 'film' })
        .patch('atomic', (p) => p.set({ n: 99 }))
        .create({ _id: 'atomic', _type: 'film' })
        .commit(),
    )
    expect(error.statusCode).toBe(409)
    expect(await t.client.getDocument('atomic-new')).toBeUndefined()
    expect((await t.client.getDocument('atomic'))?.n).toBe(1)
    expect(await t.client.fetch('*[_type == "film"] | order(_id)', {}, { perspective: 'raw' })).toEqual(
      before,
    )
  })

  it('rejects a reused transaction id with 409', async () => {
    const first = await t.client.mutate([{ create: { _id: 'tx-1', _type: 'film' } }], {
      transactionId: 'my-transaction',
      returnDocuments: false,
    })
    expect(first.transactionId).toBe('my-transaction')
    const error = await caught(() =>
      t.client.mutate([{ create: { _id: 'tx-2', _type: 'film' } }], { transactionId: 'my-transaction' }),
    )
    expect(error.statusCode).toBe(409)
    expect(await t.client.getDocument('tx-2')).toBeUndefined()
  })

  it('reports a patch of a missing document as 404', async () => {
    const error = await caught(() => t.client.patch('nope').set({ a: 1 }).commit())
    expect(error.statusCode).toBe(404)
    expect(error.details).toMatchObject({ items: [{ error: { type: 'documentNotFoundError', id: 'nope' } }] })
  })
})

describe('invalid mutations are 400s', () => {
  const post = (body: unknown) =>
    t.request('/v2025-02-19/data/mutate/production', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })

  it.each([
    ['unknown mutation type', { mutations: [{ upsert: { _id: 'a', _type: 'x' } }] }, 'Unknown mutation type'],
    ['missing _type', { mutations: [{ create: { _id: 'a' } }] }, '_type'],
    ['invalid id', { mutations: [{ create: { _id: '-bad id', _type: 'x' } }] }, 'Invalid document ID'],
    ['missing id on createOrReplace', { mutations: [{ createOrReplace: { _type: 'x' } }] }, '_id'],
    ['patch without id or query', { mutations: [{ patch: { set: { a: 1 } } }] }, '`id` or a `query`'],
    [
      'unknown patch operation',
      { mutations: [{ patch: { id: 'a', merge: { a: 1 } } }] },
      'Unknown patch operation',
    ],
    ['inc with a string', { mutations: [{ patch: { id: 'a', inc: { n: 'one' } } }] }, 'needs a number'],
    ['no mutations array', { mutation: [] }, 'mutations'],
    ['empty mutations', { mutations: [] }, 'empty'],
    [
      'two operations in one mutation',
      { mutations: [{ create: { _type: 'x' }, delete: { id: 'a' } }] },
      'exactly one',
    ],
  ])('%s', async (_name, body, text) => {
    const response = await post(body)
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ error: { type: 'mutationError' } })
    expect(JSON.stringify(response.body)).toContain(text)
  })

  it('a bad patch path', async () => {
    await t.client.createOrReplace({ _id: 'pathy', _type: 'x' })
    const response = await post({ mutations: [{ patch: { id: 'pathy', set: { 'a[[': 1 } } }] })
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ error: { items: [{ error: { type: 'patchError' } }] } })
  })

  it('a patch that removes _type', async () => {
    await t.client.createOrReplace({ _id: 'typed', _type: 'x' })
    const response = await post({ mutations: [{ patch: { id: 'typed', unset: ['_type'] } }] })
    expect(response.status).toBe(400)
    expect((await t.client.getDocument('typed'))?._type).toBe('x')
  })

  it('a bad visibility value', async () => {
    const response = await t.request('/v2025-02-19/data/mutate/production?visibility=later', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mutations: [{ create: { _type: 'x' } }] }),
    })
    expect(response.status).toBe(400)
  })
})
