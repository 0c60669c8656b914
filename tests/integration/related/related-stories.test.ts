// Related stories against a real lake: real @sanity/client over HTTP, real SQLite in a temp dir.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient, type SanityClient } from '@sanity/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_VERSION } from '#lib/env.ts'
import { getRelatedStories } from '#lib/related/get-related-stories.ts'
import { RELATED_WEIGHTS } from '#lib/related/weights.ts'
import { type RunningLake, startLake } from '#sanity/lake/server.ts'
import { relatedDrafts, relatedFixtures } from './fixtures.ts'

let lake: RunningLake
let dataDir: string
let reader: SanityClient

function clientFor(url: string, token?: string): SanityClient {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: url,
    useProjectHostname: false,
    useCdn: false,
    apiVersion: API_VERSION,
    token,
  })
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'marquee-related-'))
  lake = await startLake({ port: 0, dataDir, token: 'related-test-token' })
  const writer = clientFor(lake.url, lake.token)
  const transaction = writer.transaction()
  for (const document of [...relatedFixtures(), ...relatedDrafts()]) transaction.createOrReplace(document)
  await transaction.commit({ visibility: 'sync' })
  // Anonymous, like a public reader: published documents only.
  reader = clientFor(lake.url)
})

afterAll(async () => {
  await lake?.close()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

const ids = (cards: { _id: string }[]) => cards.map((card) => card._id)

describe('getRelatedStories', () => {
  it('ranks same film > same franchise > shared people > shared tag > recency', async () => {
    const related = await getRelatedStories(reader, { id: 'review-ballerina', limit: 6 })
    expect(ids(related)).toEqual([
      'article-same-film',
      'review-same-franchise',
      'article-two-people',
      'article-one-person',
      'article-shared-tag',
      'article-fresh',
    ])
  })

  it('asks for 4 by default and never more than 6', async () => {
    expect(await getRelatedStories(reader, { id: 'review-ballerina' })).toHaveLength(4)
    expect(await getRelatedStories(reader, { id: 'review-ballerina', limit: 50 })).toHaveLength(6)
  })

  it('returns validated cards with resolved references', async () => {
    const [first] = await getRelatedStories(reader, { id: 'review-ballerina', limit: 1 })
    expect(first).toMatchObject({
      _id: 'article-same-film',
      _type: 'article',
      slug: 'same-film',
      headline: 'Headline of same-film',
      film: { title: 'Ballerina', slug: 'ballerina' },
      authors: [{ name: 'A Critic', slug: 'a-critic' }],
    })
  })

  it('puts editor pins first in pin order, skipping itself, missing and unpublished pins', async () => {
    const related = await getRelatedStories(reader, { id: 'article-pinned-host', limit: 4 })
    expect(ids(related).slice(0, 2)).toEqual(['article-older', 'article-shared-tag'])
    expect(related).toHaveLength(4)
    expect(ids(related)).not.toContain('article-pinned-host')
    expect(ids(related)).not.toContain('article-missing')
    expect(ids(related)).not.toContain('article-draft-only')
  })

  it('lists a pin that is also the best match once', async () => {
    const related = await getRelatedStories(reader, { id: 'article-pins-best-match', limit: 6 })
    expect(ids(related)[0]).toBe('article-pair')
    expect(ids(related).filter((id) => id === 'article-pair')).toHaveLength(1)
  })

  it('never returns the story itself, drafts or duplicates', async () => {
    for (const id of ['review-ballerina', 'article-same-film', 'article-pinned-host', 'article-lonely']) {
      const related = await getRelatedStories(reader, { id, limit: 6 })
      expect(ids(related)).not.toContain(id)
      expect(new Set(ids(related)).size).toBe(related.length)
      for (const card of related) {
        expect(card._id.startsWith('drafts.')).toBe(false)
        expect(card._id).not.toBe('article-draft-only')
        // The published version, not the draft overlay.
        expect(card.headline).not.toBe('Unpublished draft headline')
      }
    }
  })

  it('hides drafts from an authenticated client too', async () => {
    const related = await getRelatedStories(clientFor(lake.url, lake.token), {
      id: 'review-ballerina',
      limit: 6,
    })
    expect(ids(related)).not.toContain('article-draft-only')
    expect(ids(related)).not.toContain('drafts.article-draft-only')
    expect(related.find((card) => card._id === 'article-same-film')?.headline).toBe('Headline of same-film')
  })

  it('fills with the latest stories when nothing is related', async () => {
    const related = await getRelatedStories(reader, { id: 'article-lonely' })
    expect(related).toHaveLength(4)
    expect(ids(related)).toEqual(['article-fresh', 'review-ballerina', 'article-pinned-host', 'article-old'])
    const dates = related.map((card) => Date.parse(card.publishedAt ?? ''))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
  })

  it('returns nothing for a story that does not exist', async () => {
    expect(await getRelatedStories(reader, { id: 'article-nope' })).toEqual([])
  })
})

describe('RELATED_WEIGHTS', () => {
  it('makes every kind of signal outweigh all weaker kinds together', () => {
    const w = RELATED_WEIGHTS
    const tags = w.tag * w.tagCap
    const people = w.person * w.personCap
    expect(w.tag).toBeGreaterThan(w.recency)
    expect(w.person).toBeGreaterThan(tags + w.recency)
    expect(w.franchise).toBeGreaterThan(people + tags + w.recency)
    expect(w.film).toBeGreaterThan(w.franchise + people + tags + w.recency)
  })
})
