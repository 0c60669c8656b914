// The Embargoes view's rules: times shown in the editor's zone without moving across daylight saving, the
// shape it reads from the lake, and which stories it warns about.
import { describe, expect, it } from 'vitest'
import { dateProblem, embargoesSchema, publishedIdOfVersion } from '#sanity/embargoes/embargo-query.ts'
import { formatInZone } from '#sanity/embargoes/time-zone.ts'

describe('embargo times', () => {
  it('shows 00:01 London on both sides of a daylight-saving change, named', () => {
    // 29 March 2026: clocks go forward in London. Each embargo is stored as its own UTC instant.
    expect(formatInZone('2026-03-28T00:01:00.000Z', 'Europe/London')).toContain('00:01:00 GMT')
    expect(formatInZone('2026-03-29T23:01:00.000Z', 'Europe/London')).toContain('00:01:00 BST')
    expect(formatInZone('2026-03-29T23:01:00.000Z', 'Europe/London')).toContain('30 Mar 2026')
  })

  it('shows the same instant in another zone', () => {
    expect(formatInZone('2026-03-29T23:01:00.000Z', 'UTC')).toContain('23:01:00 UTC')
  })
})

describe('what the view reads', () => {
  it('accepts scheduled and planned releases with their documents, soonest first as the query sorts', () => {
    const parsed = embargoesSchema.parse([
      {
        name: 'ballerina',
        state: 'scheduled',
        title: 'Ballerina embargo',
        publishAt: '2026-06-04T23:01:00.000Z',
        documents: [{ _id: 'versions.ballerina.review-x', _type: 'review', title: 'X', publishedAt: null }],
      },
    ])
    expect(parsed[0]?.documents[0]?._id).toBe('versions.ballerina.review-x')
    expect(() =>
      embargoesSchema.parse([{ name: 'x', state: 'published', publishAt: 'x', documents: [] }]),
    ).toThrow()
  })

  it('opens a version at its published id', () => {
    expect(publishedIdOfVersion('versions.ballerina.review-x')).toBe('review-x')
    expect(publishedIdOfVersion('review-x')).toBe('review-x')
  })
})

describe('publish-date warnings', () => {
  const at = '2026-06-04T23:01:00.000Z'
  const story = (publishedAt: string | null, type = 'review') => ({
    _id: 'versions.r.x',
    _type: type,
    publishedAt,
  })

  it('warns when a story has no date, or a date other than the embargo', () => {
    expect(dateProblem(story(null), at)).toBe('missing')
    expect(dateProblem(story('2026-06-04T23:00:00.000Z'), at)).toBe('differs')
    expect(dateProblem(story('2026-06-05T00:01:00+01:00'), at)).toBeUndefined()
  })

  it('does not warn about documents the site does not date, or versions that unpublish', () => {
    expect(dateProblem(story(null, 'film'), at)).toBeUndefined()
    expect(dateProblem({ ...story(null), unpublishes: true }, at)).toBeUndefined()
  })
})
