// The Studio's settings for both backends, read from NEXT_PUBLIC_ variables only.
import type { DocumentActionComponent } from 'sanity'
import { describe, expect, it } from 'vitest'
import { singletonActions, withoutSingletonTemplates } from '#sanity/config/singletons.ts'
import { createStudioConfig, lakeOnlyOptions } from '#sanity/config/studioConfig.ts'
import { DEFAULT_STUDIO_LAKE_URL, parseStudioEnv, StudioEnvError } from '#sanity/env.ts'

function action(name: DocumentActionComponent['action']): DocumentActionComponent {
  const component: DocumentActionComponent = () => null
  component.action = name
  return component
}

describe('parseStudioEnv', () => {
  it('uses the local lake by default', () => {
    expect(parseStudioEnv({})).toEqual({
      backend: 'lake',
      projectId: 'local',
      dataset: 'production',
      apiHost: DEFAULT_STUDIO_LAKE_URL,
    })
    expect(DEFAULT_STUDIO_LAKE_URL).toBe('https://localhost:4000')
  })

  it('takes the lake URL from NEXT_PUBLIC_LAKE_URL', () => {
    expect(parseStudioEnv({ NEXT_PUBLIC_LAKE_URL: 'https://lake.localhost:8443/' })).toMatchObject({
      backend: 'lake',
      apiHost: 'https://lake.localhost:8443',
    })
  })

  it('refuses an IP address, which cannot take the project id in front of it', () => {
    expect(() => parseStudioEnv({ NEXT_PUBLIC_LAKE_URL: 'http://127.0.0.1:4000' })).toThrow(StudioEnvError)
    expect(() => parseStudioEnv({ NEXT_PUBLIC_LAKE_URL: 'http://127.0.0.1:4000' })).toThrow(
      /NEXT_PUBLIC_LAKE_URL/,
    )
    expect(() => parseStudioEnv({ NEXT_PUBLIC_LAKE_URL: 'ftp://localhost' })).toThrow(/NEXT_PUBLIC_LAKE_URL/)
  })

  it('switches to hosted Sanity when a project id is set', () => {
    expect(
      parseStudioEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', NEXT_PUBLIC_SANITY_DATASET: 'staging' }),
    ).toEqual({ backend: 'hosted', projectId: 'abc123', dataset: 'staging' })
    expect(() => parseStudioEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'Not Valid!' })).toThrow(
      /NEXT_PUBLIC_SANITY_PROJECT_ID/,
    )
  })

  it("treats project id 'local' as the lake", () => {
    expect(parseStudioEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'local' }).backend).toBe('lake')
  })
})

describe('createStudioConfig', () => {
  it('points the lake Studio at the lake and switches off cloud-only features', () => {
    const config = createStudioConfig(parseStudioEnv({}))
    expect(config).toMatchObject({
      basePath: '/studio',
      projectId: 'local',
      dataset: 'production',
      apiHost: 'https://localhost:4000',
      auth: { loginMethod: 'token' },
      announcements: { enabled: false },
      tasks: { enabled: false },
      scheduledPublishing: { enabled: false },
      mediaLibrary: { enabled: false },
      apps: { canvas: { enabled: false } },
      document: { comments: { enabled: false } },
    })
    // Content Releases and Scheduled Drafts are the lake's own (sanity/lake/releases/): left on.
    expect(config).not.toHaveProperty('releases')
    expect(config).not.toHaveProperty('scheduledDrafts')
  })

  it('leaves hosted Sanity on its defaults', () => {
    const config = createStudioConfig(parseStudioEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123' }))
    expect(config).toMatchObject({ basePath: '/studio', projectId: 'abc123', dataset: 'production' })
    for (const key of ['apiHost', 'auth', ...Object.keys(lakeOnlyOptions)]) {
      expect(config, key).not.toHaveProperty(key)
    }
    expect(config.document).not.toHaveProperty('comments')
  })
})

describe('the siteSettings singleton', () => {
  it('cannot be created from the new-document menu', () => {
    const templates = [{ schemaType: 'review' }, { schemaType: 'siteSettings' }, { schemaType: 'film' }]
    expect(withoutSingletonTemplates(templates)).toEqual([{ schemaType: 'review' }, { schemaType: 'film' }])
  })

  it('keeps publish, discard and restore, and loses duplicate, delete and unpublish', () => {
    const all = ['publish', 'unpublish', 'discardChanges', 'duplicate', 'delete', 'restore'] as const
    const actions = all.map((name) => action(name))
    expect(singletonActions(actions, 'siteSettings').map(({ action: name }) => name)).toEqual([
      'publish',
      'discardChanges',
      'restore',
    ])
    expect(singletonActions(actions, 'review')).toHaveLength(all.length)
  })
})
