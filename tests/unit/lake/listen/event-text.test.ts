import { describe, expect, it } from 'vitest'
import { CommitRendering, sseText } from '#sanity/lake/listen/event-text.ts'
import type { MutationEvent } from '#sanity/lake/listen/mutation-events.ts'

const big = { _id: 'a', _type: 'big', body: 'x'.repeat(10_000), nested: { quote: 'say "hi"\n' } }
const mutations = [{ createOrReplace: big }]

function event(overrides: Partial<MutationEvent> = {}): MutationEvent {
  return {
    type: 'mutation',
    eventId: 'tx#a',
    documentId: 'a',
    transactionId: 'tx',
    transition: 'update',
    identity: 'me',
    resultRev: 'r2',
    timestamp: '2026-01-01T00:00:00.000Z',
    visibility: 'query',
    transactionTotalEvents: 1,
    transactionCurrentEvent: 1,
    mutations,
    result: big,
    previous: null,
    effects: { apply: [0, 1], revert: [0, 2] },
    ...overrides,
  }
}

function text(chunks: readonly (string | Buffer)[]): string {
  return chunks.map((chunk) => chunk.toString()).join('')
}

describe('CommitRendering', () => {
  it('renders the same bytes as JSON.stringify, large fragments as shared Buffers', () => {
    const rendering = new CommitRendering()
    const sample = event()
    const chunks = rendering.eventChunks(sample)
    expect(text(chunks)).toBe(sseText('mutation', JSON.stringify(sample), sample.eventId))
    const again = rendering.eventChunks(event({ eventId: 'tx#b', documentId: 'b' }))
    const shared = chunks.filter((chunk) => Buffer.isBuffer(chunk))
    expect(shared.length).toBeGreaterThan(0)
    for (const buffer of shared) expect(again).toContain(buffer)
  })

  it('renders once per kind of listener', () => {
    const rendering = new CommitRendering()
    let renders = 0
    const render = () => {
      renders++
      return [event()]
    }
    const first = rendering.forListenerKind('k', render)
    expect(rendering.forListenerKind('k', render)).toBe(first)
    rendering.forListenerKind('other', render)
    expect(renders).toBe(2)
    expect(rendering.forListenerKind('none', () => [])).toEqual([])
  })
})
