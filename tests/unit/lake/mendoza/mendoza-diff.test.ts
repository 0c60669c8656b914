// The encoder is checked against mendoza's own decoder (what the Studio runs): apply(left) == right.
import { applyPatch, incremental } from 'mendoza'
import { describe, expect, it } from 'vitest'
import { diffValue } from '#sanity/lake/mendoza/mendoza-diff.ts'

function roundTrip(left: unknown, right: unknown): unknown[] {
  const patch = diffValue(left, right)
  expect(applyPatch(left, patch)).toEqual(right)
  expect(applyPatch(right, diffValue(right, left))).toEqual(left)
  // The Studio's history timeline applies effects with the incremental patcher.
  const wrapped = incremental.applyPatch(incremental.wrap(left, 0), patch, 1)
  expect(incremental.unwrap(wrapped)).toEqual(right)
  return patch
}

const review = {
  _id: 'review-1',
  _type: 'review',
  _createdAt: '2026-01-01T00:00:00Z',
  _updatedAt: '2026-01-01T00:00:00Z',
  title: 'A long title that is worth keeping when only one word changes',
  rating: 4,
  body: [
    { _key: 'a', _type: 'block', children: [{ _key: 'a1', _type: 'span', text: 'First paragraph here.' }] },
    { _key: 'b', _type: 'block', children: [{ _key: 'b1', _type: 'span', text: 'Second paragraph here.' }] },
  ],
  tags: ['drama', 'noir'],
}

describe('diffValue', () => {
  it('creates and deletes with whole values', () => {
    expect(roundTrip(null, review)).toEqual([0, review])
    expect(roundTrip(review, null)).toEqual([0, null])
  })

  it('is empty when nothing changed', () => {
    expect(diffValue(review, structuredClone(review))).toEqual([])
  })

  it('edits one field without repeating the document', () => {
    const after = { ...review, rating: 5, _updatedAt: '2026-01-02T00:00:00Z' }
    const patch = roundTrip(review, after)
    expect(JSON.stringify(patch)).not.toContain('First paragraph')
    expect(JSON.stringify(patch).length).toBeLessThan(JSON.stringify(after).length / 4)
  })

  it('adds and removes fields', () => {
    const { rating: _dropped, ...withoutRating } = review
    roundTrip(review, { ...withoutRating, subtitle: 'new' })
  })

  it('edits inside strings, keeping the unchanged head and tail', () => {
    const after = { ...review, title: review.title.replace('one word', 'a single word') }
    const patch = roundTrip(review, after)
    expect(JSON.stringify(patch)).not.toContain('worth keeping')
  })

  it('handles non-ASCII text around an edit', () => {
    roundTrip(
      { t: 'Amélie — a café in Montmartre, 🎬 every night' },
      { t: 'Amélie — a bistro in Montmartre, 🎬 every night' },
    )
    roundTrip(
      { t: '🎬🎬🎬 the same emoji again and again 🎬🎬' },
      { t: '🎬🎬🎞 the same emoji again and again 🎬🎬' },
    )
    roundTrip(
      { t: 'ascii head then ünïcödé tail that stays the same' },
      { t: 'ASCII head then ünïcödé tail that stays the same' },
    )
  })

  it('edits, inserts, removes and reorders keyed array items', () => {
    const [a, b] = review.body
    const c = { _key: 'c', _type: 'block', children: [{ _key: 'c1', _type: 'span', text: 'Third.' }] }
    const editedB = { ...b, children: [{ _key: 'b1', _type: 'span', text: 'Second paragraph, edited.' }] }
    roundTrip(review, { ...review, body: [a, editedB] })
    roundTrip(review, { ...review, body: [a, c, b] })
    roundTrip(review, { ...review, body: [b, a] })
    roundTrip(review, { ...review, body: [b] })
    roundTrip(review, { ...review, body: [] })
    roundTrip(review, { ...review, tags: ['noir', 'drama', 'thriller'] })
  })

  it('changes types and nests', () => {
    roundTrip({ a: 'text' }, { a: ['list'] })
    roundTrip({ a: { b: { c: [1, 2, 3] } } }, { a: { b: { c: [1, 2, 3, 4], d: null } } })
    roundTrip({ a: '' }, { a: 'now set' })
    roundTrip({ a: 'was set' }, { a: '' })
    roundTrip([1, 2, 3], [1, 3])
    roundTrip('plain string value', 'plain string values')
  })

  it('round-trips random edits of random documents', () => {
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const words = ['a', 'bé', '🎬', 'noir', 'x y', '']
    const randomValue = (depth: number): unknown => {
      const pick = random()
      if (depth > 2 || pick < 0.3) return words[Math.floor(random() * words.length)]
      if (pick < 0.4) return Math.floor(random() * 10)
      if (pick < 0.7) {
        return Array.from({ length: Math.floor(random() * 4) }, (_, index) =>
          random() < 0.5 ? { _key: `k${index}`, v: randomValue(depth + 1) } : randomValue(depth + 1),
        )
      }
      return Object.fromEntries(
        Array.from({ length: Math.floor(random() * 4) }, (_, index) => [`f${index}`, randomValue(depth + 1)]),
      )
    }
    for (let round = 0; round < 300; round++) {
      roundTrip(
        { _id: 'd', x: randomValue(0), y: randomValue(0) },
        { _id: 'd', x: randomValue(0), y: randomValue(0) },
      )
    }
  })
})
