// Singleton documents (siteSettings): opened from the desk, never created, duplicated or deleted.
import type { DocumentActionComponent, Template } from 'sanity'

export const SINGLETON_TYPES: ReadonlySet<string> = new Set(['siteSettings'])

/** Actions a singleton keeps: no duplicate, delete or unpublish (the site needs its settings). */
const SINGLETON_ACTIONS: ReadonlySet<string> = new Set(['publish', 'discardChanges', 'restore'])

export function withoutSingletonTemplates<T extends Pick<Template, 'schemaType'>>(templates: T[]): T[] {
  return templates.filter((template) => !SINGLETON_TYPES.has(template.schemaType))
}

export function singletonActions(
  actions: DocumentActionComponent[],
  schemaType: string,
): DocumentActionComponent[] {
  if (!SINGLETON_TYPES.has(schemaType)) return actions
  return actions.filter(
    ({ action }) => action !== undefined && action !== null && SINGLETON_ACTIONS.has(action),
  )
}
