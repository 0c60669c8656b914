// The related-stories query only scores stories that can relate (lib/related/query.ts). Scoring every
// story, as the query did before, must rank the same: the oracle is the same query without that clause.
import { evaluateSync, parse, toJS } from 'groq-js'
import { describe, expect, test } from 'vitest'
import { generateDataset } from '#bench/dataset.ts'
import { relatedStoriesParams } from '#lib/related/get-related-stories.ts'
import { relatedStoriesQuery } from '#lib/related/query.ts'
import { RELATED_WEIGHTS } from '#lib/related/weights.ts'
import { DocumentIndex } from '#sanity/lake/query/document-index.ts'
import { viewFor } from '#sanity/lake/query/perspective.ts'
import { runQuery } from '#sanity/lake/query/run-query.ts'

const MAY_RELATE =
  /&& \(\s*references\(\^\.filmIds, \^\.tagIds, \^\.peopleIds, \^\.linkingFilmIds\) \|\| _id in \^\.latestIds\s*\)/
const scoreEveryStory = relatedStoriesQuery.replace(MAY_RELATE, '')
const timestamp = new Date('2025-01-15T12:00:00Z')

describe('related stories, scored on likely candidates only', () => {
  const dataset = generateDataset(1200, 5)
  const index = new DocumentIndex(dataset.documents)
  // Shares nothing: every story it lists comes from the latest ones.
  index.put({
    _id: 'article-lonely',
    _type: 'article',
    headline: 'Lonely',
    slug: { _type: 'slug', current: 'lonely' },
    publishedAt: '2024-12-01T00:00:00.000Z',
  })
  const run = (query: string, params: Record<string, unknown>) =>
    runQuery(index, query, params, { perspective: 'published', timestamp })

  test('the oracle is the query without the candidate clause', () => {
    expect(scoreEveryStory).not.toBe(relatedStoriesQuery)
    expect(scoreEveryStory).not.toContain('^.latestIds)')
  })

  test('ranks like scoring every story, for many stories, limits and weights', () => {
    const weightSets = [
      RELATED_WEIGHTS,
      { ...RELATED_WEIGHTS, person: 0, tag: 0 },
      { ...RELATED_WEIGHTS, recency: 0 },
      { ...RELATED_WEIGHTS, film: -5 },
      { ...RELATED_WEIGHTS, recencyWindowDays: 4000 },
    ]
    const mismatches: string[] = []
    dataset.storyIds.forEach((id, i) => {
      if (i % 9 !== 0) return
      const weights = weightSets[i % weightSets.length]
      const params = relatedStoriesParams({ id, limit: 1 + (i % 6), weights })
      const expected = run(scoreEveryStory, params)
      const actual = run(relatedStoriesQuery, params)
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(id)
    })
    expect(mismatches).toEqual([])
  })

  test('fills from the latest stories like scoring every story', () => {
    for (let limit = 1; limit <= 6; limit++) {
      for (const weights of [RELATED_WEIGHTS, { ...RELATED_WEIGHTS, recency: 0 }]) {
        const params = relatedStoriesParams({ id: 'article-lonely', limit, weights })
        const expected = run(scoreEveryStory, params)
        expect(run(relatedStoriesQuery, params)).toEqual(expected)
        expect(expected).toHaveLength(limit)
      }
    }
  })

  test('plain groq-js agrees with the lake on the rewritten query', () => {
    const documents = [...viewFor(index, 'published').all()]
    for (const id of dataset.storyIds.slice(0, 3)) {
      const params = relatedStoriesParams({ id })
      const expected = toJS(
        evaluateSync(parse(relatedStoriesQuery, { params }), { dataset: documents, params, timestamp }),
      )
      expect(run(relatedStoriesQuery, params)).toEqual(expected)
      expect(expected).toHaveLength(4)
    }
  })
})
