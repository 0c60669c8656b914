import { describe, expect, it } from 'vitest'
import { TransformCache } from '#sanity/lake/assets/transform-cache.ts'

describe('TransformCache', () => {
  it('runs one transform for concurrent requests of the same key', async () => {
    const cache = new TransformCache(1000)
    let runs = 0
    const create = async () => {
      runs += 1
      return Buffer.alloc(10)
    }
    await Promise.all([
      cache.getOrCreate('a', create),
      cache.getOrCreate('a', create),
      cache.getOrCreate('a', create),
    ])
    await cache.getOrCreate('a', create)
    expect(runs).toBe(1)
  })

  it('evicts the least recently used entries beyond its byte bound', async () => {
    const cache = new TransformCache(25)
    const ten = async () => Buffer.alloc(10)
    await cache.getOrCreate('a', ten)
    await cache.getOrCreate('b', ten)
    await cache.getOrCreate('a', ten)
    await cache.getOrCreate('c', ten)
    expect(cache.bytes).toBeLessThanOrEqual(25)
    let recreated = ''
    await cache.getOrCreate('a', async () => {
      recreated += 'a'
      return Buffer.alloc(10)
    })
    await cache.getOrCreate('b', async () => {
      recreated += 'b'
      return Buffer.alloc(10)
    })
    expect(recreated).toBe('b')
  })

  it('does not keep failures', async () => {
    const cache = new TransformCache(100)
    await expect(cache.getOrCreate('x', () => Promise.reject(new Error('broken')))).rejects.toThrow('broken')
    expect(await cache.getOrCreate('x', async () => Buffer.from('ok'))).toEqual(Buffer.from('ok'))
  })
})
