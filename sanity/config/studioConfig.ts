// The Studio configuration for either backend. The lake has no Sanity cloud behind it, so features that
// need one (announcements, tasks, comments, the old scheduling plugin, media library, canvas) are switched off.
// Content Releases and Scheduled Drafts are the lake's own (sanity/lake/releases/), so they stay on.
import { defineConfig, type WorkspaceOptions } from 'sanity'
import { structureTool } from 'sanity/structure'
import type { StudioEnv } from '../env.ts'
import { schemaTypes } from '../schemaTypes/index.ts'
import { structure } from '../structure.ts'
import { sitePresentationTool } from './presentation.ts'
import { SINGLETON_TYPES, singletonActions, withoutSingletonTemplates } from './singletons.ts'

export const STUDIO_BASE_PATH = '/studio'

/** Settings that keep the Studio from calling Sanity's cloud when it talks to the local lake. */
export const lakeOnlyOptions = {
  auth: { loginMethod: 'token' },
  announcements: { enabled: false },
  tasks: { enabled: false },
  // The Scheduled Publishing plugin calls a separate /schedules API; Scheduled Drafts (releases) replaces it.
  scheduledPublishing: { enabled: false },
  mediaLibrary: { enabled: false },
  apps: { canvas: { enabled: false } },
} satisfies Partial<WorkspaceOptions>

function backendOptions(env: StudioEnv): Partial<WorkspaceOptions> {
  if (env.backend === 'hosted') return {}
  return { apiHost: env.apiHost, ...lakeOnlyOptions }
}

export function createStudioConfig(env: StudioEnv) {
  const lake = env.backend === 'lake'
  return defineConfig({
    name: 'marquee',
    title: lake ? 'Marquee (local lake)' : 'Marquee',
    basePath: STUDIO_BASE_PATH,
    projectId: env.projectId,
    dataset: env.dataset,
    ...backendOptions(env),
    plugins: [structureTool({ structure, title: 'Content' }), sitePresentationTool()],
    schema: {
      types: schemaTypes,
      templates: (templates) => withoutSingletonTemplates(templates),
    },
    document: {
      actions: (actions, context) => singletonActions(actions, context.schemaType),
      newDocumentOptions: (options) => options.filter((option) => !SINGLETON_TYPES.has(option.templateId)),
      ...(lake ? { comments: { enabled: false } } : {}),
    },
  })
}
