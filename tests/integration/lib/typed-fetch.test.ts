// The site's own client and fetch helper against a real lake: the path every page takes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createSanityClient } from '#lib/client.ts'
import { parseEnv } from '#lib/env.ts'
import { fetchQuery, QueryResultError } from '#lib/fetch.ts'
import { startTestLake, type TestLake } from '../lake/lake-fixture.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
  await lake.client
    .transaction()
    .create({ _id: 'film-arrival', _type: 'film', title: 'Arrival', runtime: 116 })
    .create({ _id: 'drafts.film-arrival', _type: 'film', title: 'Arrival (draft)', runtime: 116 })
    .commit()
})

afterAll(() => lake.stop())

const filmQuery = {
  name: 'filmById',
  query: '*[_type == "film" && _id == $id][0]{title, runtime}',
  schema: z.object({ title: z.string(), runtime: z.number() }),
}

describe('createSanityClient + fetchQuery', () => {
  it('reads published content from the lake named by the environment, without a token', async () => {
    const client = createSanityClient(parseEnv({ LAKE_URL: lake.lake.url }))
    const film = await fetchQuery(client, filmQuery, { id: 'film-arrival' })
    expect(film).toEqual({ title: 'Arrival', runtime: 116 })
  })

  it('never sees the draft, even with a token, because the site asks for the published perspective', async () => {
    const client = createSanityClient(parseEnv({ LAKE_URL: lake.lake.url }), { token: lake.lake.token })
    const titles = await fetchQuery(
      client,
      { name: 'filmTitles', query: '*[_type == "film"].title', schema: z.array(z.string()) },
      {},
    )
    expect(titles).toEqual(['Arrival'])
  })

  it('fails with an error naming the query and the path when the result does not match', async () => {
    const client = createSanityClient(parseEnv({ LAKE_URL: lake.lake.url }))
    const strict = { ...filmQuery, schema: z.object({ title: z.string(), runtime: z.string() }) }
    const failure = fetchQuery(client, strict, { id: 'film-arrival' })
    await expect(failure).rejects.toBeInstanceOf(QueryResultError)
    await expect(failure).rejects.toThrow(
      'Query "filmById" returned data that does not match its schema at runtime',
    )
  })
})
