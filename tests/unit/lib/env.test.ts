import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv } from '#lib/env.ts'

describe('parseEnv', () => {
  it('defaults to the embedded lake on port 4000 with no configuration at all', () => {
    expect(parseEnv({})).toEqual({
      backend: 'lake',
      projectId: 'local',
      dataset: 'production',
      apiHost: 'http://127.0.0.1:4000',
      token: undefined,
      siteUrl: 'http://localhost:3000',
    })
  })

  it('follows LAKE_PORT, and LAKE_URL over it', () => {
    expect(parseEnv({ LAKE_PORT: '4555' })).toMatchObject({ apiHost: 'http://127.0.0.1:4555' })
    expect(parseEnv({ LAKE_PORT: '4555', LAKE_URL: 'http://lake.internal:9000/' })).toMatchObject({
      apiHost: 'http://lake.internal:9000',
    })
  })

  it('switches to hosted Sanity when a project id and dataset are set', () => {
    expect(
      parseEnv({
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
        NEXT_PUBLIC_SANITY_DATASET: 'production',
        SANITY_API_READ_TOKEN: 'sk-secret',
      }),
    ).toEqual({
      backend: 'hosted',
      projectId: 'abc123',
      dataset: 'production',
      token: 'sk-secret',
      previewToken: 'sk-secret',
      siteUrl: 'http://localhost:3000',
    })
  })

  it('reads drafts in draft mode with SANITY_PREVIEW_TOKEN, else SANITY_API_READ_TOKEN', () => {
    expect(parseEnv({ SANITY_PREVIEW_TOKEN: 'lakeu_viewer' })).toMatchObject({
      token: undefined,
      previewToken: 'lakeu_viewer',
    })
    expect(parseEnv({ SANITY_API_READ_TOKEN: 'read', SANITY_PREVIEW_TOKEN: 'preview' })).toMatchObject({
      token: 'read',
      previewToken: 'preview',
    })
  })

  it.each([
    [{ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123' }, 'NEXT_PUBLIC_SANITY_DATASET'],
    [
      { NEXT_PUBLIC_SANITY_PROJECT_ID: 'Not A Project!', NEXT_PUBLIC_SANITY_DATASET: 'x' },
      'NEXT_PUBLIC_SANITY_PROJECT_ID',
    ],
    [{ NEXT_PUBLIC_SANITY_DATASET: 'Bad Dataset' }, 'NEXT_PUBLIC_SANITY_DATASET'],
    [{ LAKE_PORT: '99999' }, 'LAKE_PORT'],
    [{ LAKE_PORT: 'four thousand' }, 'LAKE_PORT'],
    [{ LAKE_URL: 'ftp://lake' }, 'LAKE_URL'],
    [{ NEXT_PUBLIC_SITE_URL: 'not a url' }, 'NEXT_PUBLIC_SITE_URL'],
    [
      {
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
        NEXT_PUBLIC_SANITY_DATASET: 'production',
        LAKE_URL: 'http://x',
      },
      'LAKE_URL',
    ],
  ])('rejects %j naming %s', (source, variable) => {
    expect(() => parseEnv(source)).toThrow(EnvError)
    expect(() => parseEnv(source)).toThrow(variable)
  })

  it('treats empty strings as unset, as shells and .env files produce them', () => {
    expect(parseEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: '', LAKE_PORT: ' ' })).toMatchObject({
      backend: 'lake',
      apiHost: 'http://127.0.0.1:4000',
    })
  })
})
