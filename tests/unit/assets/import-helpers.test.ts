import { describe, expect, it } from 'vitest'
import { sameContent } from '#sanity/lake/dataset-format/document-diff.ts'
import { progressCounter } from '#sanity/lake/dataset-format/progress.ts'

describe('sameContent', () => {
  const stored = {
    _id: 'a',
    _type: 't',
    _rev: 'r1',
    _createdAt: '2026-01-01T00:00:00Z',
    _updatedAt: '2026-01-02T00:00:00Z',
    title: 'X',
    nested: { b: 1, a: [1, 2] },
  }

  it('ignores what the lake stamps and the order of keys', () => {
    expect(sameContent({ _type: 't', _id: 'a', nested: { a: [1, 2], b: 1 }, title: 'X' }, stored)).toBe(true)
  })

  it('sees changed values, array order and added or removed fields', () => {
    expect(sameContent({ _id: 'a', _type: 't', title: 'Y', nested: { b: 1, a: [1, 2] } }, stored)).toBe(false)
    expect(sameContent({ _id: 'a', _type: 't', title: 'X', nested: { b: 1, a: [2, 1] } }, stored)).toBe(false)
    expect(
      sameContent({ _id: 'a', _type: 't', title: 'X', nested: { b: 1, a: [1, 2] }, extra: 0 }, stored),
    ).toBe(false)
    expect(sameContent({ _id: 'a', _type: 't', title: 'X' }, stored)).toBe(false)
  })
})

describe('progressCounter', () => {
  it('prints at most one line per 10% and always the final count', () => {
    const lines: string[] = []
    const progress = progressCounter((line) => lines.push(line), 'Uploading assets', 40)
    for (let index = 0; index < 40; index++) progress.advance()
    progress.done()
    expect(lines.length).toBeLessThanOrEqual(11)
    expect(lines[0]).toBe('Uploading assets: 1/40 (2%)')
    expect(lines.at(-1)).toBe('Uploading assets: 40/40 (100%)')
  })

  it('reports an empty job as done', () => {
    const lines: string[] = []
    progressCounter((line) => lines.push(line), 'Writing documents', 0).done()
    expect(lines).toEqual(['Writing documents: 0/0 (100%)'])
  })
})
