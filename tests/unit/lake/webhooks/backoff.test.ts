import { describe, expect, it } from 'vitest'
import { webhookDefinitionSchema } from '#sanity/lake/webhooks/webhook-definition.ts'
import { backoffDelay } from '#sanity/lake/webhooks/webhook-dispatcher.ts'

describe('webhook backoff', () => {
  it('doubles from the base and never exceeds the bound, even after many attempts', () => {
    const options = { baseDelayMs: 1000, maxDelayMs: 300_000 }
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, options))).toEqual([
      1000, 2000, 4000, 8000, 16000,
    ])
    expect(backoffDelay(9, options)).toBe(256_000)
    expect(backoffDelay(10, options)).toBe(300_000)
    expect(backoffDelay(1_000_000, options)).toBe(300_000)
    expect(backoffDelay(0, options)).toBe(1000)
  })
})

describe('webhook definitions', () => {
  it('fills Sanity’s defaults and refuses what could not be delivered', () => {
    expect(
      webhookDefinitionSchema.parse({ name: 'a', dataset: 'production', url: 'https://example.test/h' }),
    ).toEqual({
      name: 'a',
      dataset: 'production',
      url: 'https://example.test/h',
      httpMethod: 'POST',
      apiVersion: 'v2021-03-25',
      filter: '',
      projection: '',
      operations: ['create', 'update', 'delete'],
      includeDrafts: false,
      headers: {},
    })
    const bad = [
      { url: 'https://user:pw@example.test/' },
      { url: 'javascript:alert(1)' },
      { headers: { 'x-a': 'one\r\nx-b: two' } },
      { headers: { 'bad header': 'x' } },
      { operations: [] },
      { operations: ['publish'] },
      { projection: '{_id' },
      { httpMethod: 'TRACE' },
      { name: '../etc' },
    ]
    for (const override of bad) {
      const result = webhookDefinitionSchema.safeParse({
        name: 'a',
        dataset: 'production',
        url: 'https://example.test/h',
        ...override,
      })
      expect(result.success, JSON.stringify(override)).toBe(false)
    }
  })
})
