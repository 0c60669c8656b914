import { describe, expect, it } from 'vitest'
import { matchPath, splitPath } from '#sanity/lake/http/path-pattern.ts'

describe('matchPath', () => {
  it('captures and decodes :params', () => {
    expect(matchPath('data/doc/:dataset/:ids', splitPath('/data/doc/production/a%2Cb,drafts.c'))).toEqual({
      dataset: 'production',
      ids: 'a,b,drafts.c',
    })
  })

  it('needs the same number of segments unless the pattern ends with *rest', () => {
    expect(matchPath('data/query/:dataset', splitPath('/data/query'))).toBeUndefined()
    expect(matchPath('data/query/:dataset', splitPath('/data/query/a/b'))).toBeUndefined()
    expect(matchPath('images/*path', splitPath('/images/local/production/x.png'))).toEqual({
      path: 'local/production/x.png',
    })
    expect(matchPath('images/*path', splitPath('/images'))).toBeUndefined()
  })

  it('matches the root pattern only for the root path', () => {
    expect(matchPath('/', splitPath('/'))).toEqual({})
    expect(matchPath('/', splitPath('/health'))).toBeUndefined()
  })

  it('keeps a malformed escape as it is instead of throwing', () => {
    expect(matchPath(':id', ['%E0%A4%A'])).toEqual({ id: '%E0%A4%A' })
  })
})
