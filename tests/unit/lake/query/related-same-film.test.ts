// Related stories score the stories about the same film first and stop there when no other story can
// outrank them (lib/related/query.ts). The oracle is the same query scoring every story: without that
// shortcut and without the candidate clause.
import { describe, expect, test } from 'vitest'
import { generateDataset } from '#bench/dataset.ts'
import { relatedStoriesParams } from '#lib/related/get-related-stories.ts'
import { relatedStoriesQuery } from '#lib/related/query.ts'
import { RELATED_WEIGHTS } from '#lib/related/weights.ts'
import { DocumentIndex } from '#sanity/lake/query/document-index.ts'
import { runQuery } from '#sanity/lake/query/run-query.ts'

const SAME_FILM_SHORTCUT = /\+ \(select\(\s*math::min\(\[[^=]*\]\) >= 0[\s\S]*?=> sameFilm,/
const MAY_RELATE =
  /&& \(\s*references\(\^\.filmIds, \^\.tagIds, \^\.peopleIds, \^\.linkingFilmIds\) \|\| _id in \^\.latestIds\s*\)/g
const scoreEveryStory = relatedStoriesQuery.replace(SAME_FILM_SHORTCUT, '+ (select(').replace(MAY_RELATE, '')
const timestamp = new Date('2025-01-15T12:00:00Z')

describe('related stories, same film first', () => {
  const dataset = generateDataset(1500, 11)
  const index = new DocumentIndex(dataset.documents)
  const run = (query: string, params: Record<string, unknown>) =>
    runQuery(index, query, params, { perspective: 'published', timestamp })

  test('the oracle has neither the shortcut nor the candidate clause', () => {
    expect(relatedStoriesQuery).toMatch(SAME_FILM_SHORTCUT)
    expect(scoreEveryStory).not.toMatch(SAME_FILM_SHORTCUT)
    expect(scoreEveryStory).not.toContain('^.latestIds)')
    expect(scoreEveryStory).not.toContain('=> sameFilm')
  })

  test('ranks like scoring every story, for many stories, limits and weights', () => {
    const weightSets = [
      RELATED_WEIGHTS,
      { ...RELATED_WEIGHTS, film: 5 },
      { ...RELATED_WEIGHTS, recency: 0, tag: 0 },
      { ...RELATED_WEIGHTS, franchise: -1 },
      { ...RELATED_WEIGHTS, film: 17.9 },
    ]
    const mismatches: string[] = []
    dataset.storyIds.forEach((id, i) => {
      if (i % 23 !== 0) return
      const weights = weightSets[i % weightSets.length] ?? RELATED_WEIGHTS
      const params = relatedStoriesParams({ id, limit: 1 + (i % 6), weights })
      const actual = run(relatedStoriesQuery, params)
      if (JSON.stringify(actual) !== JSON.stringify(run(scoreEveryStory, params))) mismatches.push(id)
    })
    expect(mismatches).toEqual([])
  }, 120_000)
})
