import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { readBody, readJsonBody, setBodyIdleTimeout } from '#sanity/lake/http/body.ts'
import { HttpError } from '#sanity/lake/http/http-error.ts'

function source(chunks: string[], headers: Record<string, string> = {}) {
  return Object.assign(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), { headers })
}

async function statusOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise
  } catch (error) {
    return error instanceof HttpError ? error.statusCode : -1
  }
  return undefined
}

describe('readBody', () => {
  it('concatenates chunks under the limit', async () => {
    expect((await readBody(source(['ab', 'cd']), 4)).toString()).toBe('abcd')
  })

  it('rejects with 413 past the limit, declared or streamed', async () => {
    expect(await statusOf(readBody(source(['abc', 'de']), 4))).toBe(413)
    expect(await statusOf(readBody(source(['a'], { 'content-length': '1000' }), 4))).toBe(413)
  })
})

describe('readBody on a body that stops arriving', () => {
  function stalledSource(): Readable & { headers: Record<string, string> } {
    const stream = new Readable({ read() {} })
    stream.push(Buffer.from('{"partial":'))
    return Object.assign(stream, { headers: { 'content-length': '1000' } })
  }

  it('rejects with 408 once no data arrived for the idle timeout', async () => {
    const stream = stalledSource()
    setBodyIdleTimeout(stream, 20)
    const started = Date.now()
    expect(await statusOf(readBody(stream, 4096))).toBe(408)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('rejects with 400 when the stream closes before its end', async () => {
    const stream = stalledSource()
    const reading = statusOf(readBody(stream, 4096))
    setTimeout(() => stream.destroy(), 10)
    expect(await reading).toBe(400)
  })
})

describe('readJsonBody', () => {
  it('parses JSON, with or without a JSON content type', async () => {
    expect(
      await readJsonBody(source(['{"a":1}'], { 'content-type': 'application/json; charset=utf-8' })),
    ).toEqual({ a: 1 })
    expect(await readJsonBody(source(['[1]']))).toEqual([1])
  })

  it('rejects invalid JSON, empty bodies and other content types with 400', async () => {
    expect(await statusOf(readJsonBody(source(['{'])))).toBe(400)
    expect(await statusOf(readJsonBody(source([])))).toBe(400)
    expect(await statusOf(readJsonBody(source(['{}'], { 'content-type': 'text/plain' })))).toBe(400)
  })
})
