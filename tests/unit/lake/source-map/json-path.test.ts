// Source map paths are written as @sanity/client's own jsonPath writes them and read back by its parser.
import { jsonPath, parseJsonPath } from '@sanity/client/csm'
import { describe, expect, it } from 'vitest'
import { resultPath, sourcePath } from '#sanity/lake/source-map/json-path.ts'

describe('source map paths', () => {
  it('match the client for fields (quotes, backslashes, newlines), indexes and keyed items', () => {
    const fields = ["it's", 'back\\slash', 'line\nbreak', 'tab\there', 'plain']
    for (const field of fields) {
      expect(sourcePath([field, 0], false)).toBe(jsonPath([field, 0]))
      expect(parseJsonPath(sourcePath([field], false))).toEqual([field])
    }
    const keyed = sourcePath(
      ['body', { key: "k'1", index: 2 }, 'children', { key: 's1', index: 0 }, 'text'],
      true,
    )
    expect(keyed).toBe(
      jsonPath(['body', { _key: "k'1", _index: -1 }, 'children', { _key: 's1', _index: -1 }, 'text']),
    )
    // Read back by the client (whose parser leaves a quote in a key escaped; Sanity's generated keys have none).
    const plainKeys = sourcePath(
      ['body', { key: 'k1', index: 2 }, 'children', { key: 's1', index: 0 }, 'text'],
      true,
    )
    expect(parseJsonPath(plainKeys)).toEqual([
      'body',
      { _key: 'k1', _index: -1 },
      'children',
      { _key: 's1', _index: -1 },
      'text',
    ])
    expect(sourcePath(['body', { key: 'b1', index: 2 }], false)).toBe("$['body'][2]")
    expect(resultPath(['film', 'title'])).toBe("$['film']['title']")
    expect(resultPath([])).toBe('$')
  })
})
